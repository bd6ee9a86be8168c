package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.doorbraak.region.CadenceKind;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import nl.doorbraak.region.Werkwijze;
import org.springframework.stereotype.Component;

/**
 * The tables a case can be planned on (not the leertafel, which sees anonymous cases only) and their dates: a table
 * on explicit dates meets on the region's planned table dates (kept by coordinators), any other by its cadence.
 */
@Component
class PlanningTables {

    static final int DATES_OFFERED = 8;
    private static final TimeSlot MORNING = new TimeSlot(LocalTime.of(9, 0), LocalTime.of(11, 0), true);

    private final TableDateRepository dates;

    PlanningTables(TableDateRepository dates) {
        this.dates = dates;
    }

    static List<MeetingTable> of(Werkwijze werkwijze) {
        return werkwijze.tables().stream().filter(t -> !t.anonymousCasesOnly()).toList();
    }

    static boolean onExplicitDates(MeetingTable table) {
        return table.cadence().kind() == CadenceKind.FIXED_DATES;
    }

    /** The table's own time slot; an on-demand table has none and meets in the morning. */
    static TimeSlot slot(MeetingTable table) {
        return table.cadence().timeSlot() != null ? table.cadence().timeSlot() : MORNING;
    }

    List<OfferedDate> nextDates(String regionSlug, MeetingTable table, LocalDate from, int count) {
        if (onExplicitDates(table)) {
            return dates.planned(regionSlug, table.code(), from, count).stream()
                    .map(d -> new OfferedDate(d.day(), d.from(), d.until(), d.location())).toList();
        }
        TimeSlot slot = slot(table);
        return table.meetingsFrom(from, count).stream()
                .map(start -> new OfferedDate(start.toLocalDate(), slot.start(), slot.end(), table.location())).toList();
    }
}
