package nl.doorbraak.leertafel.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.function.Predicate;

import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;

/**
 * The next dates of the table's cadence (Tilburg: every six weeks on Wednesday, 15:00-16:30) that have no session
 * yet: the dates the coordinator is offered for a new session. Another weekday is possible, the offer is a help.
 */
public final class SessionDates {

    /** A date the form offers, with the table's own time slot. */
    public record Offered(LocalDate day, LocalTime from, LocalTime until) {
    }

    private SessionDates() {
    }

    public static List<Offered> offered(MeetingTable table, LocalDate today, Predicate<LocalDate> taken, int count) {
        TimeSlot slot = table.cadence().timeSlot();
        if (slot == null) {
            return List.of();
        }
        // a few more than asked for: some may be taken already
        return table.meetingsFrom(today, count * 3).stream().map(start -> start.toLocalDate())
                .filter(day -> !taken.test(day)).limit(count)
                .map(day -> new Offered(day, slot.start(), slot.end())).toList();
    }
}
