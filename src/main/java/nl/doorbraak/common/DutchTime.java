package nl.doorbraak.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;

import org.springframework.stereotype.Component;

/**
 * The one way the app shows a moment: day-month-year and hour:minute in Dutch time (Europe/Amsterdam), whatever type
 * the moment has. The database hands back instants in UTC; a page that formatted those directly showed UTC.
 * Templates call it as {@code ${@tijd.dateTime(value)}}; Java code calls the static {@code show...} methods.
 */
@Component("tijd")
public class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    private static final DateTimeFormatter DATE_TIME_SECONDS = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss");
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The moment as "31-12-2026 14:03" in Dutch time; empty for none. */
    public String dateTime(Temporal moment) {
        return showDateTime(moment);
    }

    /** The day of the moment in Dutch time, as "31-12-2026": a moment just after midnight is on the Dutch day. */
    public String date(Temporal moment) {
        return showDate(moment);
    }

    /** Only the time of day, "14:03" in Dutch time, for a moment of today (such as "opgeslagen om"); empty for none. */
    public String clock(Temporal moment) {
        LocalDateTime local = inAmsterdam(moment);
        return local == null ? "" : CLOCK.format(local);
    }

    public static String showDateTime(Temporal moment) {
        LocalDateTime local = inAmsterdam(moment);
        return local == null ? "" : DATE_TIME.format(local);
    }

    /** To the second, for logs where the order of close events matters. */
    public static String showDateTimeSeconds(Temporal moment) {
        LocalDateTime local = inAmsterdam(moment);
        return local == null ? "" : DATE_TIME_SECONDS.format(local);
    }

    public static String showDate(Temporal moment) {
        if (moment instanceof LocalDate day) {
            return DATE.format(day);
        }
        LocalDateTime local = inAmsterdam(moment);
        return local == null ? "" : DATE.format(local);
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
            return offset.atZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (moment instanceof ZonedDateTime zoned) {
            return zoned.withZoneSameInstant(ZONE).toLocalDateTime();
        }
        if (moment instanceof Instant instant) {
            return LocalDateTime.ofInstant(instant, ZONE);
        }
        throw new IllegalArgumentException("not a moment in time: " + moment.getClass().getSimpleName());
    }
}
