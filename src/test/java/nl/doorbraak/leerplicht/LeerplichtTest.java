package nl.doorbraak.leerplicht;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class LeerplichtTest {

    private static final SchoolCalendar CALENDAR = SchoolCalendar.withoutSchoolHolidays();

    @Test
    void childTurningFiveOnSecondSeptemberIsLeerplichtigFromFirstOctober() {
        // The law's own example (art. 3 lid 1).
        assertThat(Leerplicht.voor(parse("2019-09-02"), null, CALENDAR).leerplichtigVanaf()).isEqualTo(parse("2024-10-01"));
    }

    @Test
    void childTurningFiveOnTheFirstOfAMonthStartsTheMonthAfter() {
        assertThat(Leerplicht.voor(parse("2019-09-01"), null, CALENDAR).leerplichtigVanaf()).isEqualTo(parse("2024-10-01"));
    }

    @Test
    void childTurningFiveOnThirtyFirstDecemberStartsInJanuaryOfTheNextYearAfterNewYearsDay() {
        assertThat(Leerplicht.voor(parse("2018-12-31"), null, CALENDAR).leerplichtigVanaf()).isEqualTo(parse("2024-01-02"));
    }

    @Test
    void sixteenthBirthdayOnFirstAugustOpensANewSchoolYearSoLeerplichtRunsAYearLonger() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-08-01"), null, CALENDAR);

        assertThat(dates.leerplichtEindigtOp()).isEqualTo(parse("2025-07-31"));
        assertThat(dates.kwalificatieplichtEindigtOp()).isEqualTo(parse("2026-08-01"));
    }

    @Test
    void sixteenthBirthdayOnThirtyFirstJulyEndsLeerplichtThatSameDay() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-07-31"), null, CALENDAR);

        assertThat(dates.leerplichtigVanaf()).isEqualTo(parse("2013-08-01"));
        assertThat(dates.leerplichtEindigtOp()).isEqualTo(parse("2024-07-31"));
        assertThat(dates.kwalificatieplichtEindigtOp()).isEqualTo(parse("2026-07-31"));
    }

    @Test
    void sixteenthBirthdayOnThirtyFirstDecemberEndsLeerplichtTheNextJuly() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-12-31"), null, CALENDAR);

        assertThat(dates.leerplichtEindigtOp()).isEqualTo(parse("2025-07-31"));
        assertThat(dates.kwalificatieplichtEindigtOp()).isEqualTo(parse("2026-12-31"));
    }

    @Test
    void bornOnLeapDayTurnsAYearOlderOnFirstMarchInOtherYears() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-02-29"), null, CALENDAR);

        // 5th birthday 1 March 2013 (no 29 February), so leerplichtig from the first school day of April:
        // 1 April 2013 was Tweede Paasdag
        assertThat(dates.leerplichtigVanaf()).isEqualTo(parse("2013-04-02"));
        // 16th birthday 29 February 2024 falls in school year 2023-2024
        assertThat(dates.leerplichtEindigtOp()).isEqualTo(parse("2024-07-31"));
        assertThat(dates.kwalificatieplichtEindigtOp()).isEqualTo(parse("2026-03-01"));
    }

    @Test
    void diplomaAfterLeerplichtEndsKwalificatieplichtOnTheDiplomaDate() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-03-15"), parse("2025-06-20"), CALENDAR);

        assertThat(dates.leerplichtEindigtOp()).isEqualTo(parse("2024-07-31"));
        assertThat(dates.kwalificatieplichtEindigtOp()).isEqualTo(parse("2025-06-20"));
    }

    @Test
    void diplomaBeforeLeerplichtEndedMeansNoKwalificatieplicht() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-09-15"), parse("2025-07-01"), CALENDAR);

        assertThat(dates.leerplichtEindigtOp()).isEqualTo(parse("2025-07-31"));
        assertThat(dates.kwalificatieplichtEindigtOp()).isNull();
    }

    @Test
    void diplomaOnTheLastDayOfLeerplichtAlsoMeansNoKwalificatieplicht() {
        assertThat(Leerplicht.voor(parse("2008-09-15"), parse("2025-07-31"), CALENDAR).kwalificatieplichtEindigtOp()).isNull();
    }

    @Test
    void diplomaAfterTheEighteenthBirthdayDoesNotExtendKwalificatieplicht() {
        assertThat(Leerplicht.voor(parse("2008-03-15"), parse("2027-06-01"), CALENDAR).kwalificatieplichtEindigtOp())
                .isEqualTo(parse("2026-03-15"));
    }

    @Test
    void diplomaBeforeBirthIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> Leerplicht.voor(parse("2008-03-15"), parse("2008-03-14"), CALENDAR));
    }

    @Test
    void dutyOnADateFollowsTheDates() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-03-15"), null, CALENDAR);

        // 1 April 2013 was Tweede Paasdag: leerplicht started on the 2nd
        assertThat(dates.dutyOn(parse("2013-04-01"))).isEqualTo(new DutyOnDate(Duty.GEEN, null));
        assertThat(dates.dutyOn(parse("2013-04-02"))).isEqualTo(new DutyOnDate(Duty.LEERPLICHTIG, parse("2024-07-31")));
        assertThat(dates.dutyOn(parse("2024-07-31"))).isEqualTo(new DutyOnDate(Duty.LEERPLICHTIG, parse("2024-07-31")));
        assertThat(dates.dutyOn(parse("2024-08-01")))
                .isEqualTo(new DutyOnDate(Duty.KWALIFICATIEPLICHTIG, parse("2026-03-15")));
        assertThat(dates.dutyOn(parse("2026-03-14")).duty()).isEqualTo(Duty.KWALIFICATIEPLICHTIG);
        assertThat(dates.dutyOn(parse("2026-03-15"))).isEqualTo(new DutyOnDate(Duty.GEEN, null));
    }

    @Test
    void noKwalificatieplichtAfterLeerplichtWhenTheDiplomaCameFirst() {
        LeerplichtDates dates = Leerplicht.voor(parse("2008-09-15"), parse("2025-07-01"), CALENDAR);

        assertThat(dates.dutyOn(parse("2025-08-01")).duty()).isEqualTo(Duty.GEEN);
    }
}
