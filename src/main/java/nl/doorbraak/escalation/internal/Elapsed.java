package nl.doorbraak.escalation.internal;

import java.time.Duration;
import java.time.Instant;

/** How long an escalation was (or is) open, in whole days, or in hours when it was less than a day. */
public record Elapsed(long days, long hours) {

    public static Elapsed between(Instant from, Instant to) {
        Duration duration = Duration.between(from, to);
        if (duration.isNegative()) {
            return new Elapsed(0, 0);
        }
        return new Elapsed(duration.toDays(), duration.toHours());
    }

    /** The message key for this length: whole days, hours, or less than an hour. */
    public String messageKey() {
        if (days > 0) {
            return "escalation.elapsed.days";
        }
        return hours > 0 ? "escalation.elapsed.hours" : "escalation.elapsed.lessThanHour";
    }

    /** The number for {@link #messageKey()}. */
    public long amount() {
        return days > 0 ? days : hours;
    }
}
