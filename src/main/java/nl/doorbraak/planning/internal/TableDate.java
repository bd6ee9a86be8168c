package nl.doorbraak.planning.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/** One date a table meets on, with its time slot and place; times are wall-clock times in Europe/Amsterdam. */
public record TableDate(long id, String regionSlug, String tableCode, LocalDate day, LocalTime from, LocalTime until,
        String location, boolean cancelled, Instant changedAt) {

    public LocalDateTime startsAt() {
        return day.atTime(from);
    }
}
