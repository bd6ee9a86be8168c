package nl.doorbraak.planning.internal;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;

import nl.doorbraak.region.TimeSlot;

/**
 * Where the next case fits on a table's date: right after the cases already planned in the table's slot, so the
 * plan form does not offer a time another case already has. A full slot falls back to its start (the planner then
 * warns that the agenda is full).
 */
final class FreeSlot {

    private FreeSlot() {
    }

    static TimeSlot first(TimeSlot slot, List<AgendaItem> planned, Duration length) {
        LocalTime start = planned.stream()
                .filter(i -> i.slotStart().isBefore(slot.end()) && i.slotEnd().isAfter(slot.start()))
                .map(AgendaItem::slotEnd).max(Comparator.naturalOrder()).orElse(slot.start());
        if (!start.isBefore(slot.end())) {
            start = slot.start();
        }
        LocalTime end = start.plus(length);
        return new TimeSlot(start, end.isAfter(slot.end()) || end.isBefore(start) ? slot.end() : end, false);
    }
}
