package nl.doorbraak.planning.internal;

import java.time.LocalDate;

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
            TimeSlot slot = PlanningTables.slot(table);
            long id = meetings.insert(regionSlug, table.code(), day.atTime(slot.start()), day.atTime(slot.end()),
                    table.location());
            return meetings.find(id).orElseThrow();
        });
    }
}
