package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A number of days between two dates, shown as whole weeks and days ("11 weken (77 dagen)"). */
public record DayCount(long days) {

    static DayCount between(LocalDate from, LocalDate to) {
        return from == null || to == null ? null : new DayCount(ChronoUnit.DAYS.between(from, to));
    }

    public long weeks() {
        return days / 7;
    }
}
