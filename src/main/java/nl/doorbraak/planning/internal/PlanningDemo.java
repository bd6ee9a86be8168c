package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.common.DemoMode;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo only, once (while no meeting exists): per region with a case table, one admitted demo case on the next
 * meeting ahead with invitations sent, and one on a meeting a few days ago, both with chair, place and the same
 * participants; the oldest admitted case keeps waiting. Runs after the demo cases and before the dossier demo.
 */
@Component
class PlanningDemo {

    private static final Logger log = LoggerFactory.getLogger(PlanningDemo.class);
    private static final int DAYS_AHEAD_ON_DEMAND = 4;
    private static final int DAYS_AGO = 3;

    private final DemoMode demoMode;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final CasePlanning cases;
    private final CasePlanner planner;
    private final PlanningDemoTable tables;
    private final MeetingComposition composition;
    private final MeetingInvitations invitations;
    private final MeetingRepository meetings;
    private final PlanningTime time;
    private final PlanningTables planningTables;
    private final TableDates tableDates;

    PlanningDemo(DemoMode demoMode, Werkwijzen werkwijzen, UserDirectory users, CasePlanning cases, CasePlanner planner,
            PlanningDemoTable tables, MeetingComposition composition, MeetingInvitations invitations,
            MeetingRepository meetings, PlanningTime time, PlanningTables planningTables, TableDates tableDates) {
        this.planningTables = planningTables;
        this.tableDates = tableDates;
        this.demoMode = demoMode;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.cases = cases;
        this.planner = planner;
        this.tables = tables;
        this.composition = composition;
        this.invitations = invitations;
        this.meetings = meetings;
        this.time = time;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(200)
    void planWhenNoMeetings() {
        if (!demoMode.enabled() || meetings.anyMeeting()) {
            return;
        }
        int planned = 0;
        for (Werkwijze werkwijze : werkwijzen.all()) {
            planned += planFor(werkwijze);
        }
        log.info("Demo: {} verzonnen casussen op de agenda gezet", planned);
    }

    private int planFor(Werkwijze werkwijze) {
        String slug = werkwijze.slug();
        Optional<CurrentUser> coordinator = users.asCurrentUser("coordinator-" + slug);
        Optional<UserContact> chair = users.withRoleInRegion(Role.VOORZITTER, slug).stream().findFirst();
        Optional<CurrentUser> participant = users.asCurrentUser("deelnemer-" + slug);
        List<MeetingTable> caseTables = PlanningTables.of(werkwijze);
        if (coordinator.isEmpty() || chair.isEmpty() || participant.isEmpty() || caseTables.isEmpty()) {
            return 0;
        }
        List<CaseAwaitingTable> admitted = cases.awaitingTable(coordinator.get(), slug).stream()
                .sorted(Comparator.comparingLong(CaseAwaitingTable::id).reversed()).toList();
        if (admitted.size() < 3) {
            return 0;
        }
        Table table = new Table(coordinator.get(), caseTables.get(0), chair.get().id(), participant.get().id());
        long ahead = planAhead(table, admitted.get(0));
        invitations.send(table.coordinator(), ahead);
        planInThePast(table, admitted.get(1));
        return 2;
    }

    /**
     * On the next meeting the plan form offers; an on-demand table meets in a few days, on a weekday. A table on
     * explicit dates whose list ran out gets that day as a new date, as its coordinator would add it.
     */
    private long planAhead(Table table, CaseAwaitingTable admitted) {
        LocalDate today = time.today();
        LocalDateTime start = planningTables.nextDates(admitted.regionSlug(), table.table(), today.plusDays(1), 1)
                .stream().findFirst().map(OfferedDate::startsAt)
                .orElseGet(() -> Weekdays.onOrAfter(today.plusDays(DAYS_AHEAD_ON_DEMAND))
                        .atTime(PlanningTables.slot(table.table()).start()));
        if (PlanningTables.onExplicitDates(table.table())
                && planningTables.nextDates(admitted.regionSlug(), table.table(), today.plusDays(1), 1).isEmpty()) {
            TimeSlot slot = PlanningTables.slot(table.table());
            tableDates.add(table.coordinator(), admitted.regionSlug(), new TableDateChange(table.table().code(),
                    start.toLocalDate(), slot.start(), slot.end(), null));
        }
        Meeting meeting = tables.meetingOn(admitted.regionSlug(), table.table(), start.toLocalDate());
        LocalTime from = meeting.startsAt().toLocalTime();
        planner.plan(table.coordinator(), new PlanRequest(admitted.id(), table.table().code(), start.toLocalDate(),
                from, from.plusHours(1)));
        long itemId = meetings.items(meeting.id()).stream().filter(i -> i.caseId() == admitted.id()).findFirst()
                .orElseThrow().id();
        compose(table, meeting.id(), itemId, admitted.regionSlug());
        return meeting.id();
    }

    /** The plan form refuses past dates, so this meeting is made directly: the table met a few days ago, on a weekday. */
    private void planInThePast(Table table, CaseAwaitingTable admitted) {
        LocalDate day = Weekdays.onOrBefore(time.today().minusDays(DAYS_AGO));
        Meeting meeting = tables.meetingOn(admitted.regionSlug(), table.table(), day);
        LocalTime from = meeting.startsAt().toLocalTime();
        long itemId = planner.putOnAgenda(table.coordinator(), admitted, meeting, from, from.plusHours(1));
        compose(table, meeting.id(), itemId, admitted.regionSlug());
    }

    private void compose(Table table, long meetingId, long itemId, String slug) {
        composition.chairAndLocation(table.coordinator(), meetingId, table.chairId(), "Wijkcentrum De Brug (demo)");
        composition.addUser(table.coordinator(), meetingId, itemId, table.participantId(), ParticipantRole.KERNPARTNER);
        composition.addExternal(table.coordinator(), meetingId, itemId, "Fictieve ouder (demo)", null,
                "ouder-" + slug + "@voorbeeld.example", ParticipantRole.OUDER);
    }

    private record Table(CurrentUser coordinator, MeetingTable table, long chairId, long participantId) {
    }
}
