package nl.doorbraak.leerplicht;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Which days are school days for a child in one holiday region: Monday to Friday, not a public holiday, not in a
 * school holiday of the region. Without a region (or for a school year whose holidays are not known) only weekends
 * and public holidays count: the clear default the issue asks for, reported through {@link #holidaysKnownOn}.
 */
public final class SchoolCalendar {

    private static final int SEARCH_LIMIT_DAYS = 120;

    private final SchoolHolidays holidays;
    private final VakantieRegio regio;

    private SchoolCalendar(SchoolHolidays holidays, VakantieRegio regio) {
        this.holidays = holidays;
        this.regio = regio;
    }

    public static SchoolCalendar of(SchoolHolidays holidays, VakantieRegio regio) {
        return new SchoolCalendar(holidays, regio);
    }

    /** Weekends and public holidays only. */
    public static SchoolCalendar withoutSchoolHolidays() {
        return new SchoolCalendar(SchoolHolidays.none(), null);
    }

    public Optional<VakantieRegio> regio() {
        return Optional.ofNullable(regio);
    }

    public boolean isSchoolDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        if (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY || PublicHolidays.isPublicHoliday(date)) {
            return false;
        }
        return regio == null || !holidays.covers(date, regio);
    }

    /** The first school day on or after {@code date}. */
    public LocalDate firstSchoolDayFrom(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
            if (isSchoolDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no school day within " + SEARCH_LIMIT_DAYS + " days of " + date);
    }

    /** Whether the region's school holidays of the school year of {@code date} are all known and counted. */
    public boolean holidaysKnownOn(LocalDate date) {
        return regio != null && holidays.completeFor(date, regio);
    }
}
