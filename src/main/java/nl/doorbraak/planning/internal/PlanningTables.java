package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijze;

/** The tables a case can be planned on (not the leertafel, which sees anonymous cases only) and their dates. */
final class PlanningTables {

    static final int DATES_OFFERED = 8;

    private PlanningTables() {
    }

    static List<MeetingTable> of(Werkwijze werkwijze) {
        return werkwijze.tables().stream().filter(t -> !t.anonymousCasesOnly()).toList();
    }

    static List<LocalDateTime> nextDates(MeetingTable table, LocalDate from, int count) {
        return table.meetingsFrom(from, count);
    }
}
