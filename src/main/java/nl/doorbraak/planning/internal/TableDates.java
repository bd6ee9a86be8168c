package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import nl.doorbraak.region.Werkwijze;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's coordinators keep the dates of its tables that meet on explicit dates: they add, move and cancel
 * them, each change audited. Moving a date that has a meeting moves that meeting with its agenda and sends the
 * invitations again; a date with cases on its meeting cannot be cancelled (move it, or take the cases off first).
 */
@Service
@Transactional(noRollbackFor = TableDateHidden.class)
public class TableDates {

    /** A table on explicit dates with its dates from today on (cancelled ones included). */
    public record TableList(MeetingTable table, List<TableDate> dates) {

        public boolean outOfDates() {
            return dates.stream().allMatch(TableDate::cancelled);
        }

        /** The table's own time slot, for a new date. */
        public TimeSlot slot() {
            return PlanningTables.slot(table);
        }
    }

    public record RegionDates(String slug, String name, List<TableList> tables) {
    }

    /** One date with its table and the meeting on it, if any, with how many cases are on that meeting. */
    public record DateDetails(MeetingTable table, TableDate date, Long meetingId, int cases) {
    }

    private final TableDateAccess access;
    private final TableDateRepository dates;
    private final TableDateRules rules;
    private final MeetingRepository meetings;
    private final MeetingInvitations invitations;
    private final AuditLog audit;
    private final PlanningTime time;

    TableDates(TableDateAccess access, TableDateRepository dates, TableDateRules rules, MeetingRepository meetings,
            MeetingInvitations invitations, AuditLog audit, PlanningTime time) {
        this.access = access;
        this.dates = dates;
        this.rules = rules;
        this.meetings = meetings;
        this.invitations = invitations;
        this.audit = audit;
        this.time = time;
    }

    public RegionDates of(CurrentUser coordinator, String regionSlug) {
        Werkwijze werkwijze = access.region(coordinator, regionSlug, TableDateAccess.VIEW);
        List<TableList> tables = explicitTables(werkwijze).stream()
                .map(t -> new TableList(t, dates.from(werkwijze.slug(), t.code(), time.today()))).toList();
        return new RegionDates(werkwijze.slug(), werkwijze.name(), tables);
    }

    /** One date of the coordinator's region, to move or cancel. */
    public DateDetails date(CurrentUser coordinator, long dateId) {
        TableDate date = access.date(coordinator, dateId, TableDateAccess.VIEW);
        Optional<Meeting> meeting = meetings.plannedOn(date.regionSlug(), date.tableCode(), date.day());
        return new DateDetails(rules.table(date.regionSlug(), date.tableCode()), date,
                meeting.map(Meeting::id).orElse(null), meeting.map(m -> meetings.itemCount(m.id())).orElse(0));
    }

    /** Before any input is looked at: the region must be the coordinator's, else it is hidden (audited DENIED). */
    public void requireRegion(CurrentUser coordinator, String regionSlug) {
        access.region(coordinator, regionSlug, TableDateAccess.CHANGE);
    }

    /** Before any input is looked at: the date must be of the coordinator's region, else it is hidden. */
    public void requireDate(CurrentUser coordinator, long dateId) {
        access.date(coordinator, dateId, TableDateAccess.CHANGE);
    }

    public long add(CurrentUser coordinator, String regionSlug, TableDateChange change) {
        Werkwijze werkwijze = access.region(coordinator, regionSlug, TableDateAccess.CHANGE);
        MeetingTable table = explicitTables(werkwijze).stream().filter(t -> t.code().equals(change.tableCode()))
                .findFirst().orElseThrow(() -> new PlanningRefused("tableCode", "tableDates.refused.table"));
        String location = rules.checked(werkwijze.slug(), table, change, null);
        long id = dates.insert(werkwijze.slug(), table.code(), change.day(), change.from(), change.until(), location,
                coordinator.id(), time.now());
        audit.record(AuditEvent.of("TAFELDATUM_TOEGEVOEGD", "TAFELDATUM", id).withActor(coordinator.username())
                .withDetails(table.code() + " " + change.day() + " " + change.from() + "-" + change.until()));
        return id;
    }

    /** A new day, time or place; a meeting on the old date moves along and its invitations are sent again. */
    public void move(CurrentUser coordinator, long dateId, TableDateChange change) {
        TableDate date = planned(coordinator, dateId);
        MeetingTable table = rules.table(date.regionSlug(), date.tableCode());
        String location = rules.checked(date.regionSlug(), table, change, date);
        Optional<Meeting> meeting = meetings.plannedOn(date.regionSlug(), date.tableCode(), date.day());
        if (meeting.isPresent() && !change.day().equals(date.day())
                && meetings.plannedOn(date.regionSlug(), date.tableCode(), change.day()).isPresent()) {
            throw new PlanningRefused("date", "tableDates.refused.meetingThatDay");
        }
        dates.move(dateId, change.day(), change.from(), change.until(), location, coordinator.id(), time.now());
        meeting.ifPresent(m -> {
            meetings.setChairAndLocation(m.id(), m.chairUserId(), location);
            invitations.reschedule(coordinator, m.id(), change.day(), change.from(), change.until());
        });
        audit.record(AuditEvent.of("TAFELDATUM_VERZET", "TAFELDATUM", dateId).withActor(coordinator.username())
                .withDetails(date.day() + " " + date.from() + "-" + date.until() + " naar " + change.day() + " "
                        + change.from() + "-" + change.until()
                        + meeting.map(m -> ", vergadering " + m.id() + " verzet").orElse("")));
    }

    /** Cancels a date; a meeting on it without cases is cancelled too, one with cases is refused. */
    public void cancel(CurrentUser coordinator, long dateId) {
        TableDate date = planned(coordinator, dateId);
        Optional<Meeting> meeting = meetings.plannedOn(date.regionSlug(), date.tableCode(), date.day());
        if (meeting.isPresent() && meetings.itemCount(meeting.get().id()) > 0) {
            throw new PlanningRefused(null, "tableDates.refused.hasCases");
        }
        meeting.ifPresent(m -> invitations.cancel(coordinator, m.id()));
        dates.cancel(dateId, coordinator.id(), time.now());
        audit.record(AuditEvent.of("TAFELDATUM_GEANNULEERD", "TAFELDATUM", dateId).withActor(coordinator.username())
                .withDetails(date.tableCode() + " " + date.day()));
    }

    private TableDate planned(CurrentUser coordinator, long dateId) {
        TableDate date = access.date(coordinator, dateId, TableDateAccess.CHANGE);
        if (date.cancelled()) {
            throw new PlanningRefused(null, "tableDates.refused.cancelled");
        }
        if (date.day().isBefore(time.today())) {
            throw new PlanningRefused(null, "tableDates.refused.past");
        }
        return date;
    }

    static List<MeetingTable> explicitTables(Werkwijze werkwijze) {
        return PlanningTables.of(werkwijze).stream().filter(PlanningTables::onExplicitDates).toList();
    }
}
