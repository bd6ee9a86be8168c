package nl.doorbraak.planning.internal;

import java.time.LocalDateTime;
import java.util.List;

import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.CadenceKind;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The coordinator's planning page: per region the tables with their next dates, the meetings and waiting cases. */
@Service
// not read-only: reading the waiting cases writes an audit entry
@Transactional
public class PlanningOverview {

    /** A table and when it can meet; {@code withinDays} for an on-demand table, else its next dates. */
    public record TableDates(String code, String name, boolean onDemand, Integer withinDays,
            List<LocalDateTime> nextDates) {
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

    PlanningOverview(Werkwijzen werkwijzen, CasePlanning cases, MeetingRepository meetings, PlanningTime time) {
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
        return PlanningTables.of(werkwijzen.get(regionSlug)).stream().map(this::dates).toList();
    }

    private RegionPlanning region(CurrentUser coordinator, Werkwijze werkwijze) {
        List<MeetingSummary> upcoming = meetings.upcoming(werkwijze.slug(), time.today()).stream()
                .map(m -> new MeetingSummary(m, tableName(werkwijze, m.tableCode()), meetings.itemCount(m.id())))
                .toList();
        return new RegionPlanning(werkwijze.slug(), werkwijze.name(), tables(werkwijze.slug()), upcoming,
                cases.awaitingTable(coordinator, werkwijze.slug()), cases.inExecution(coordinator, werkwijze.slug()));
    }

    private TableDates dates(MeetingTable table) {
        boolean onDemand = table.cadence().kind() == CadenceKind.ON_DEMAND;
        return new TableDates(table.code(), table.name(), onDemand, table.cadence().withinDays(),
                PlanningTables.nextDates(table, time.today(), PlanningTables.DATES_OFFERED));
    }

    static String tableName(Werkwijze werkwijze, String code) {
        return werkwijze.table(code).map(MeetingTable::name).orElse(code);
    }
}
