package nl.doorbraak.leerplicht;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Calculates the Leerplichtwet 1969 dates from the date of birth (art. 3, 4a, 4b).
 *
 * <p>Not modelled: the earlier end of leerplicht after 12 full school years (art. 3 lid 1 and 2), and the
 * exemptions of art. 4a lid 2 (praktijkonderwijs, vso uitstroomprofiel); those need facts about the school
 * career that a date of birth does not give.
 */
public final class Leerplicht {

    static final MonthDay LAST_DAY_OF_SCHOOL_YEAR = MonthDay.of(Month.JULY, 31);
    private static final MonthDay LEAP_DAY = MonthDay.of(Month.FEBRUARY, 29);

    private Leerplicht() {
    }

    /**
     * The dates for a youth born on {@code geboortedatum}; {@code startkwalificatie} is the date a havo, vwo or
     * mbo-2+ diploma was obtained, or null.
     */
    public static LeerplichtDates voor(LocalDate geboortedatum, LocalDate startkwalificatie) {
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        if (startkwalificatie != null && startkwalificatie.isBefore(geboortedatum)) {
            throw new IllegalArgumentException("startkwalificatie before geboortedatum");
        }
        LocalDate leerplichtEindigtOp = leerplichtEindigtOp(geboortedatum);
        return new LeerplichtDates(leerplichtigVanaf(geboortedatum), leerplichtEindigtOp,
                kwalificatieplichtEindigtOp(geboortedatum, startkwalificatie, leerplichtEindigtOp));
    }

    /**
     * The law says "the first school day of the month after the month of the 5th birthday". We return the 1st of
     * that month: the first actual school day may be a few days later (a weekend, or a holiday in the school's
     * own calendar), but school calendars are not known here.
     */
    static LocalDate leerplichtigVanaf(LocalDate geboortedatum) {
        return birthday(geboortedatum, 5).withDayOfMonth(1).plusMonths(1);
    }

    /** 31 July of the school year (1 August - 31 July) in which the youth turns 16. */
    static LocalDate leerplichtEindigtOp(LocalDate geboortedatum) {
        LocalDate sixteenth = birthday(geboortedatum, 16);
        int endYear = sixteenth.getMonthValue() >= Month.AUGUST.getValue() ? sixteenth.getYear() + 1 : sixteenth.getYear();
        return LAST_DAY_OF_SCHOOL_YEAR.atYear(endYear);
    }

    /** Kwalificatieplicht follows leerplicht only without a startkwalificatie at that moment (art. 4a). */
    private static LocalDate kwalificatieplichtEindigtOp(LocalDate geboortedatum, LocalDate startkwalificatie,
            LocalDate leerplichtEindigtOp) {
        LocalDate eighteenth = birthday(geboortedatum, 18);
        if (startkwalificatie == null || startkwalificatie.isAfter(eighteenth)) {
            return eighteenth;
        }
        return startkwalificatie.isAfter(leerplichtEindigtOp) ? startkwalificatie : null;
    }

    /**
     * The day the youth turns {@code years}. Someone born on 29 February turns a year older on 1 March in a
     * year without 29 February: only then are the full years complete. (java.time would say 28 February; this is
     * our decision, as the Leerplichtwet does not say.)
     */
    static LocalDate birthday(LocalDate geboortedatum, int years) {
        LocalDate birthday = geboortedatum.plusYears(years);
        boolean leapDayMissing = MonthDay.from(geboortedatum).equals(LEAP_DAY) && !birthday.isLeapYear();
        return leapDayMissing ? birthday.plusDays(1) : birthday;
    }
}
