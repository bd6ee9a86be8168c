package nl.doorbraak.planning.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn overleggen": the next agenda items of the meetings the user chairs (all items) or takes part in (their own
 * items), by {@link MeetingAudience} with no coordinator reach: a coordinator finds the rest under Planning.
 */
@Service
@Transactional(readOnly = true)
public class MyMeetings {

    static final int LIMIT = 100;

    private final MyMeetingsQueries queries;
    private final MeetingRepository meetings;
    private final Werkwijzen werkwijzen;
    private final PlanningTime time;
    private final AuditLog audit;

    MyMeetings(MyMeetingsQueries queries, MeetingRepository meetings, Werkwijzen werkwijzen, PlanningTime time,
            AuditLog audit) {
        this.queries = queries;
        this.meetings = meetings;
        this.werkwijzen = werkwijzen;
        this.time = time;
        this.audit = audit;
    }

    /** The page: which cases the user sits at and when is about them, so the read is audited. */
    @Transactional
    public List<MyMeetingItem> upcoming(CurrentUser user) {
        List<MyMeetingItem> rows = items(user, 0);
        audit.record(AuditEvent.of("OVERLEGGEN_BEKEKEN", "VERGADERING", null).withActor(user.username())
                .withDetails(rows.size() + " agendapunten"));
        return rows;
    }

    public int upcomingCount(CurrentUser user) {
        return queries.countOf(user.id(), time.today());
    }

    /** The items from {@code daysBack} days ago on, each as the user may see it. */
    List<MyMeetingItem> items(CurrentUser user, int daysBack) {
        Map<Long, Optional<Meeting>> byId = new LinkedHashMap<>();
        return queries.itemIdsOf(user.id(), time.today().minusDays(daysBack), LIMIT).stream()
                .map(meetings::item).flatMap(Optional::stream)
                .flatMap(item -> byId.computeIfAbsent(item.meetingId(), meetings::find)
                        .filter(m -> !MeetingAudience.visibleItems(user, m, List.of(item), Set.of()).isEmpty())
                        .map(m -> row(user, m, item)).stream())
                .toList();
    }

    private MyMeetingItem row(CurrentUser user, Meeting meeting, AgendaItem item) {
        Werkwijze werkwijze = werkwijzen.get(meeting.regionSlug());
        return new MyMeetingItem(meeting.id(), item.id(), item.caseId(),
                PlanningOverview.tableName(werkwijze, meeting.tableCode()), werkwijze.name(),
                meeting.startsAt().toLocalDate(), item.slotStart(), item.slotEnd(), meeting.location(),
                MeetingAudience.chairs(user, meeting));
    }
}
