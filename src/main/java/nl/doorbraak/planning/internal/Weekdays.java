package nl.doorbraak.planning.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** Demo meetings fall on working days: a Saturday or Sunday moves to the nearest weekday in the given direction. */
final class Weekdays {

    private Weekdays() {
    }

    static LocalDate onOrAfter(LocalDate day) {
        return isWeekend(day) ? day.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : day;
    }

    static LocalDate onOrBefore(LocalDate day) {
        return isWeekend(day) ? day.with(TemporalAdjusters.previous(DayOfWeek.FRIDAY)) : day;
    }

    static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
