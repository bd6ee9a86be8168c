package nl.doorbraak.leertafel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only, once (while Tilburg's leertafel has no session): nine members of the seed's disciplines (the demo user
 * {@code leertafel-tilburg} and {@code leertafel-tilburg-2} to {@code -9}), chair {@code voorzitter-tilburg}, three
 * past sessions on the cadence (held, with attendance and notes) and the next one on the cadence, invited. The
 * cases on the agendas come from the cases demo (after this one). Other regions have no leertafel.
 */
@Component
class LeertafelDemo {

    private static final Logger log = LoggerFactory.getLogger(LeertafelDemo.class);
    private static final String REGION = "tilburg";
    private static final String TABLE = "leertafel";
    private static final String PLACE = "Stadskantoor Tilburg, zaal 2.14";

    /** Username suffix, discipline and sector of the nine members: a mix of PO, VO, (V)SO and the municipal access. */
    private static final List<String[]> MEMBERS = List.of(
            new String[] {"", "IB'er", "PO"},
            new String[] {"-2", "Oco", "VO"},
            new String[] {"-3", "Toegangsmedewerker", "GEMEENTELIJKE_TOEGANG"},
            new String[] {"-4", "Schoolmaatschappelijk werker", "VO"},
            new String[] {"-5", "Gedragsdeskundige", "VSO"},
            new String[] {"-6", "Jeugdarts", "GEMEENTELIJKE_TOEGANG"},
            new String[] {"-7", "Beleidsmedewerker", "GEMEENTELIJKE_TOEGANG"},
            new String[] {"-8", "Deskundige samenwerkingsverband", "PO"},
            new String[] {"-9", "Deskundige samenwerkingsverband", "VO"});

    private static final List<String> NOTES = List.of(
            "Terugkerend knelpunt: wachttijd voor diagnostiek houdt een passende plek tegen. Afgesproken: de "
                    + "toegang en het samenwerkingsverband zetten de wachttijden naast elkaar voor de volgende keer.",
            "Thema overgang PO-VO: de warme overdracht gebeurt niet overal. Voorstel om een vaste overdrachtsvorm te "
                    + "maken voor leerlingen met een ondersteuningsbehoefte.",
            "Wie betaalt zorg in onderwijstijd blijft onduidelijk. We schrijven een beleidsvoorstel over één "
                    + "aanspreekpunt voor financiering onderwijs-zorg.");

    private final DemoMode demoMode;
    private final LeertafelTables tables;
    private final UserDirectory users;
    private final MemberRepository members;
    private final LeertafelSessionRepository sessions;
    private final AgendaRepository agenda;
    private final SessionRecords records;
    private final Sessions planning;
    private final SessionTime time;

    LeertafelDemo(DemoMode demoMode, LeertafelTables tables, UserDirectory users, MemberRepository members,
            LeertafelSessionRepository sessions, AgendaRepository agenda, SessionRecords records, Sessions planning,
            SessionTime time) {
        this.demoMode = demoMode;
        this.tables = tables;
        this.users = users;
        this.members = members;
        this.sessions = sessions;
        this.agenda = agenda;
        this.records = records;
        this.planning = planning;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(600)
    @Transactional
    void seatTilburgsLeertafel() {
        Optional<LeertafelTable> found = tables.find(REGION, TABLE);
        if (!demoMode.enabled() || found.isEmpty() || !sessions.of(found.get()).isEmpty()) {
            return;
        }
        LeertafelTable table = found.get();
        Optional<CurrentUser> coordinator = users.asCurrentUser("coordinator-" + REGION);
        Optional<CurrentUser> chair = users.asCurrentUser("voorzitter-" + REGION);
        if (coordinator.isEmpty() || chair.isEmpty()) {
            return;
        }
        List<LocalDateTime> cadence = table.table().cadence().meetingsFrom(table.table().cadence().anchor(), 400);
        List<LocalDate> past = cadence.stream().map(LocalDateTime::toLocalDate).filter(d -> d.isBefore(time.today()))
                .toList();
        if (past.size() < 3) {
            return;
        }
        LocalDate since = past.get(past.size() - 3).minusMonths(2);
        int seated = seat(table, coordinator.get(), since);
        for (int i = 0; i < 3; i++) {
            holdPast(table, coordinator.get(), chair.get(), past.get(past.size() - 3 + i), NOTES.get(i));
        }
        LocalDate next = cadence.stream().map(LocalDateTime::toLocalDate).filter(d -> d.isAfter(time.today()))
                .findFirst().orElseThrow();
        var slot = table.table().cadence().timeSlot();
        long coming = planning.create(coordinator.get(), REGION, TABLE,
                new SessionDraft(next, slot.start(), slot.end(), PLACE, chair.get().id()));
        agenda.add(coming, AgendaKind.OVERIG, null, "Opening en mededelingen", 10);
        int mailed = planning.invite(coordinator.get(), REGION, TABLE, coming);
        log.info("Demo: leertafel Tilburg met {} leden, 3 gehouden bijeenkomsten en 1 komende ({} uitnodigingen)",
                seated, mailed);
    }

    private int seat(LeertafelTable table, CurrentUser coordinator, LocalDate since) {
        int seated = 0;
        Set<Long> sitting = members.current(table).stream().map(Member::userId).collect(Collectors.toSet());
        for (String[] m : MEMBERS) {
            Optional<CurrentUser> user = users.asCurrentUser("leertafel-" + REGION + m[0]);
            if (user.isPresent() && !sitting.contains(user.get().id())) {
                members.insert(table, user.get().id(), m[1], MemberSector.valueOf(m[2]), since, coordinator.id(),
                        time.now());
                seated++;
            }
        }
        return seated;
    }

    /** A past session as it went: the agenda's standing points, most members there, the notes of what was learnt. */
    private void holdPast(LeertafelTable table, CurrentUser coordinator, CurrentUser chair, LocalDate day, String notes) {
        var slot = table.table().cadence().timeSlot();
        long id = sessions.insert(table, day.atTime(slot.start()), day.atTime(slot.end()), PLACE, chair.id(),
                coordinator.id(), time.now());
        agenda.add(id, AgendaKind.OVERIG, null, "Opening en mededelingen", 10);
        agenda.add(id, AgendaKind.OVERIG, null, "Terugblik en opbrengst", 15);
        List<Member> ofTheDay = members.all(table).stream().filter(m -> m.on(day)).toList();
        // one or two members absent, different ones each time
        Set<Long> present = ofTheDay.stream().filter(m -> (m.id() + day.getDayOfYear()) % 5 != 0).map(Member::id)
                .collect(Collectors.toSet());
        records.attendance(chair, REGION, TABLE, id, present);
        try {
            records.notes(chair, REGION, TABLE, id, notes);
        } catch (NotesNotAnonymous found) {
            // the demo's own notes are written to pass; never stop the start for them
            log.warn("Demo: notities van bijeenkomst {} niet opgeslagen ({} mogelijke persoonsgegevens)", id,
                    found.result().hits().size());
        }
    }
}
