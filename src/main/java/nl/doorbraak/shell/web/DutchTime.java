package nl.doorbraak.shell.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

import org.springframework.stereotype.Component;

/**
 * The one way pages show a moment: day-month-year and hour:minute in Dutch time (Europe/Amsterdam), whatever type
 * the moment has. The database hands back instants in UTC; a page that formatted those directly showed UTC.
 * Templates call it as {@code ${@tijd.dateTime(value)}}.
 */
@Component("tijd")
public class DutchTime {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    /** The moment as "31-12-2026 14:03" in Dutch time; empty for none. */
    public String dateTime(Temporal moment) {
        LocalDateTime local = inAmsterdam(moment);
        return local == null ? "" : DATE_TIME.format(local);
    }

    static LocalDateTime inAmsterdam(Temporal moment) {
        if (moment == null) {
            return null;
        }
        if (moment instanceof LocalDateTime local) {
            // already a wall-clock time in Amsterdam: meetings and slots are stored that way
            return local;
        }
        if (moment instanceof OffsetDateTime offset) {
            return offset.atZoneSameInstant(AMSTERDAM).toLocalDateTime();
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(AMSTERDAM).toLocalDateTime();
        }
        if (moment instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, AMSTERDAM);
        }
        throw new IllegalArgumentException("not a moment in time: " + moment.getClass().getSimpleName());
    }
}
