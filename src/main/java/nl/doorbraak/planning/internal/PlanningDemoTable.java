package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import org.springframework.stereotype.Component;

/** Demo only: the table's planned meeting on a day, made in the table's time slot when there is none yet. */
@Component
class PlanningDemoTable {

    private final MeetingRepository meetings;

    PlanningDemoTable(MeetingRepository meetings) {
        this.meetings = meetings;
    }

    Meeting meetingOn(String regionSlug, MeetingTable table, LocalDate day) {
        return meetings.plannedOn(regionSlug, table.code(), day).orElseGet(() -> {
            TimeSlot slot = slot(table);
            long id = meetings.insert(regionSlug, table.code(), day.atTime(slot.start()), day.atTime(slot.end()),
                    table.location());
            return meetings.find(id).orElseThrow();
        });
    }

    /** An on-demand table has no time slot of its own: the demo meets in the morning. */
    static TimeSlot slot(MeetingTable table) {
        return table.cadence().timeSlot() != null ? table.cadence().timeSlot()
                : new TimeSlot(LocalTime.of(9, 0), LocalTime.of(11, 0), true);
    }
}
