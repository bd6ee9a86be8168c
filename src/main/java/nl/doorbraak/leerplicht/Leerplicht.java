package nl.doorbraak.leerplicht;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.Objects;

/**
 * Calculates the Leerplichtwet 1969 dates from the date of birth (art. 3, 4a, 4b). Each rule cites its article.
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
     * mbo-2+ diploma was obtained, or null; {@code calendar} decides which day is the first school day.
     */
    public static LeerplichtDates voor(LocalDate geboortedatum, LocalDate startkwalificatie, SchoolCalendar calendar) {
        Objects.requireNonNull(geboortedatum, "geboortedatum");
        if (startkwalificatie != null && startkwalificatie.isBefore(geboortedatum)) {
            throw new IllegalArgumentException("startkwalificatie before geboortedatum");
        }
        LocalDate leerplichtEindigtOp = leerplichtEindigtOp(geboortedatum);
        return new LeerplichtDates(leerplichtigVanaf(geboortedatum, calendar), leerplichtEindigtOp,
                kwalificatieplichtEindigtOp(geboortedatum, startkwalificatie, leerplichtEindigtOp));
    }

    /**
     * Art. 3 lid 1: leerplicht starts "met ingang van de eerste schooldag van de maand, volgende op die waarin hij
     * de leeftijd van 5 jaren heeft bereikt". The first school day skips weekends, public holidays and the school
     * holidays of the child's holiday region (see {@link SchoolCalendar}); a school's own study days are not known.
     */
    static LocalDate leerplichtigVanaf(LocalDate geboortedatum, SchoolCalendar calendar) {
        return calendar.firstSchoolDayFrom(birthday(geboortedatum, 5).withDayOfMonth(1).plusMonths(1));
    }

    /**
     * Art. 3 lid 1: leerplicht ends at the end of the school year in which the youth turns 16; the school year runs
     * from 1 August to 31 July (art. 1). The earlier end after 12 full school years (art. 3 lid 1 and 2) is not modelled.
     */
    static LocalDate leerplichtEindigtOp(LocalDate geboortedatum) {
        LocalDate sixteenth = birthday(geboortedatum, 16);
        return LAST_DAY_OF_SCHOOL_YEAR.atYear(schoolYearOf(sixteenth) + 1);
    }

    /** The school year runs from 1 August to 31 July (art. 1); named by its first calendar year. */
    public static int schoolYearOf(LocalDate date) {
        return date.getMonthValue() >= Month.AUGUST.getValue() ? date.getYear() : date.getYear() - 1;
    }

    /**
     * Art. 4a lid 1: kwalificatieplicht follows leerplicht for a youth without a startkwalificatie (art. 1: havo,
     * vwo or mbo level 2 or higher) and runs until the startkwalificatie or the 18th birthday, whichever comes first.
     */
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
