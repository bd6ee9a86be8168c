package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.Agendas;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn tafels": the cases on the meetings a chair leads, from {@link #RECENT_DAYS} days ago on. Showing a youth's
 * name is a read of the case, audited per case as TAFELLIJST_BEKEKEN.
 */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class MeetingModeTables {

    public static final int RECENT_DAYS = 60;
    private static final ZoneId MEETING_ZONE = ZoneId.of("Europe/Amsterdam");

    private final Agendas agendas;
    private final CaseParticipation participation;
    private final Werkwijzen werkwijzen;
    private final DraftRepository drafts;
    private final Clock clock;

    MeetingModeTables(Agendas agendas, CaseParticipation participation, Werkwijzen werkwijzen,
            DraftRepository drafts, Clock clock) {
        this.agendas = agendas;
        this.participation = participation;
        this.werkwijzen = werkwijzen;
        this.drafts = drafts;
        this.clock = clock;
    }

    /** For the start page: the chair's upcoming meetings, and the verslagen of the page's held meetings not yet final. */
    public record ChairWork(int upcomingMeetings, int verslagenToFinalise) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(MEETING_ZONE));
    }

    /**
     * Counted, not listed: the planned meetings from today on, and the agenda items of meetings that began in the
     * page's {@link #RECENT_DAYS} days whose verslag is not finalised (the chair sees every case of a meeting they
     * chair, so no case is read). Cancelled meetings count for neither.
     */
    public ChairWork work(CurrentUser chair) {
        LocalDate today = today();
        List<Long> held = agendas.itemIdsChairedBetween(chair.id(), today.minusDays(RECENT_DAYS),
                LocalDateTime.now(clock.withZone(MEETING_ZONE)));
        return new ChairWork(agendas.meetingsChairedFrom(chair.id(), today), held.size() - drafts.countFinalised(held));
    }

    /**
     * The chair's entries, soonest first; cases the chair may no longer see are left out, and a cancelled meeting's
     * rows carry no name.
     */
    public List<MeetingModeTableRow> of(CurrentUser chair) {
        List<AgendaEntry> entries = agendas.entriesChairedBy(chair.id(), today().minusDays(RECENT_DAYS));
        Map<Long, String> status = drafts.statusOfItems(entries.stream().map(AgendaEntry::itemId).toList());
        List<MeetingModeTableRow> rows = new ArrayList<>();
        for (AgendaEntry e : entries) {
            String youth = null;
            // a cancelled meeting gives its chair no need-to-know: the row says only that it does not go ahead
            if (!e.cancelled()) {
                try {
                    youth = participation.visible(chair, e.caseId(), "TAFELLIJST_BEKEKEN").youthName();
                } catch (CaseHidden hidden) {
                    continue;
                }
            }
            String table = werkwijzen.find(e.regionSlug()).flatMap(w -> w.table(e.tableCode()))
                    .map(t -> t.name()).orElse(e.tableCode());
            rows.add(new MeetingModeTableRow(e.itemId(), e.caseId(), youth, table, e.meetingStartsAt(), e.slotStart(),
                    e.slotEnd(), e.cancelled(), status.getOrDefault(e.itemId(), "GEEN")));
        }
        return rows;
    }
}
