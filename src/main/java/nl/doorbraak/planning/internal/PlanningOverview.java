package nl.doorbraak.planning.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.CadenceKind;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's planning page: per region the tables with their next dates, the meetings and waiting cases. */
@Service
// not read-only: reading the waiting cases writes an audit entry
@Transactional
public class PlanningOverview {

    private static final LocalTime DEFAULT_START = LocalTime.of(9, 0);
    private static final Duration DEFAULT_LENGTH = Duration.ofMinutes(90);

    /**
     * A table and when it can meet; {@code withinDays} for an on-demand table, else its next dates. A table on
     * explicit dates ({@code explicitDates}) whose list has run out has no next dates until a coordinator adds some.
     */
    public record TableDates(String code, String name, boolean onDemand, Integer withinDays, boolean explicitDates,
            List<OfferedDate> nextDates) {

        public boolean outOfDates() {
            return explicitDates && nextDates.isEmpty();
        }
    }

    /** A planned meeting with its table's name and how many cases are on it. */
    public record MeetingSummary(Meeting meeting, String tableName, int cases) {
    }

    public record RegionPlanning(String slug, String name, List<TableDates> tables, List<MeetingSummary> meetings,
            List<CaseAwaitingTable> waiting, List<CaseAwaitingTable> running) {
    }

    private final Werkwijzen werkwijzen;
    private final CasePlanning cases;
    private final MeetingRepository meetings;
    private final PlanningTime time;
    private final PlanningTables planningTables;

    PlanningOverview(Werkwijzen werkwijzen, CasePlanning cases, MeetingRepository meetings, PlanningTime time,
            PlanningTables planningTables) {
        this.planningTables = planningTables;
        this.werkwijzen = werkwijzen;
        this.cases = cases;
        this.meetings = meetings;
        this.time = time;
    }

    public List<RegionPlanning> of(CurrentUser coordinator) {
        return coordinator.regionSlugs().stream().sorted().map(werkwijzen::find).flatMap(java.util.Optional::stream)
                .map(werkwijze -> region(coordinator, werkwijze)).toList();
    }

    public List<TableDates> tables(String regionSlug) {
        return PlanningTables.of(werkwijzen.get(regionSlug)).stream().map(t -> dates(regionSlug, t)).toList();
    }

    /**
     * The time a case gets on the plan form unless the coordinator changes it: on the first table's next date (or
     * its own slot), from the first moment no other case is planned, an hour and a half at most and never past the
     * slot's end.
     */
    public TimeSlot defaultSlot(String regionSlug) {
        List<MeetingTable> caseTables = PlanningTables.of(werkwijzen.get(regionSlug));
        if (caseTables.isEmpty()) {
            return new TimeSlot(DEFAULT_START, DEFAULT_START.plus(DEFAULT_LENGTH), true);
        }
        MeetingTable first = caseTables.get(0);
        Optional<OfferedDate> next = planningTables.nextDates(regionSlug, first, time.today(), 1).stream().findFirst();
        TimeSlot slot = next.map(d -> new TimeSlot(d.from(), d.until(), false)).orElseGet(() -> PlanningTables.slot(first));
        List<AgendaItem> planned = next.flatMap(d -> meetings.plannedOn(regionSlug, first.code(), d.day()))
                .map(m -> meetings.items(m.id())).orElse(List.of());
        return FreeSlot.first(slot, planned, DEFAULT_LENGTH);
    }

    private RegionPlanning region(CurrentUser coordinator, Werkwijze werkwijze) {
        List<MeetingSummary> upcoming = meetings.upcoming(werkwijze.slug(), time.today()).stream()
                .map(m -> new MeetingSummary(m, tableName(werkwijze, m.tableCode()), meetings.itemCount(m.id())))
                .toList();
        return new RegionPlanning(werkwijze.slug(), werkwijze.name(), tables(werkwijze.slug()), upcoming,
                cases.awaitingTable(coordinator, werkwijze.slug()), cases.inExecution(coordinator, werkwijze.slug()));
    }

    private TableDates dates(String werkwijzeSlug, MeetingTable table) {
        boolean onDemand = table.cadence().kind() == CadenceKind.ON_DEMAND;
        return new TableDates(table.code(), table.name(), onDemand, table.cadence().withinDays(),
                PlanningTables.onExplicitDates(table), planningTables.nextDates(werkwijzeSlug, table, time.today(),
                        PlanningTables.DATES_OFFERED));
    }

    static String tableName(Werkwijze werkwijze, String code) {
        return werkwijze.table(code).map(MeetingTable::name).orElse(code);
    }
}
