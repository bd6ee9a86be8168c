package nl.doorbraak.leerplicht;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Set;

/**
 * The generally recognised public holidays of the Algemene termijnenwet (art. 3 lid 1): Nieuwjaarsdag, Eerste en
 * Tweede Paasdag, Hemelvaartsdag, Eerste en Tweede Pinksterdag, Eerste en Tweede Kerstdag, Koningsdag and
 * Bevrijdingsdag. Schools are closed on them. Goede Vrijdag is not in that list: many schools are closed, but the
 * law does not say so, so it counts as a school day here.
 */
public final class PublicHolidays {

    private PublicHolidays() {
    }

    public static boolean isPublicHoliday(LocalDate date) {
        int year = date.getYear();
        LocalDate easter = easterSunday(year);
        Set<LocalDate> movable = Set.of(easter, easter.plusDays(1), easter.plusDays(39), easter.plusDays(49),
                easter.plusDays(50));
        return movable.contains(date) || date.equals(LocalDate.of(year, Month.JANUARY, 1))
                || date.equals(LocalDate.of(year, Month.DECEMBER, 25)) || date.equals(LocalDate.of(year, Month.DECEMBER, 26))
                || date.equals(koningsdag(year)) || date.equals(LocalDate.of(year, Month.MAY, 5));
    }

    /** 27 April, or 26 April when the 27th is a Sunday (Wet van 2013 over de viering van Koningsdag). */
    static LocalDate koningsdag(int year) {
        LocalDate day = LocalDate.of(year, Month.APRIL, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }
}
