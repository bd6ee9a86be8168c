package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** A date the plan form offers for a table, with the time slot and place a new meeting on it gets. */
public record OfferedDate(LocalDate day, LocalTime from, LocalTime until, String location) {

    public LocalDateTime startsAt() {
        return day.atTime(from);
    }
}
