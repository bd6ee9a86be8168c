package nl.doorbraak.leerplicht;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class VerzuimTest {

    private static final SchoolCalendar CALENDAR = SchoolCalendar.withoutSchoolHolidays();

    private static final LeerplichtDates BORN_2012 = Leerplicht.voor(parse("2012-05-10"), null, CALENDAR);
    private static final LocalDate SINCE = parse("2025-01-15");

    @Test
    void notEnrolledWithoutExemptionIsAbsoluutVerzuim() {
        assertThat(Verzuim.classify(BORN_2012, false, SINCE, parse("2025-02-01"), false))
                .isEqualTo(VerzuimSoort.ABSOLUUT_VERZUIM);
    }

    @Test
    void kwalificatieplichtigAndNotEnrolledIsAlsoAbsoluutVerzuim() {
        LeerplichtDates seventeen = Leerplicht.voor(parse("2008-03-15"), null, CALENDAR);

        assertThat(Verzuim.classify(seventeen, false, null, parse("2025-09-01"), false))
                .isEqualTo(VerzuimSoort.ABSOLUUT_VERZUIM);
    }

    @Test
    void exemptionMeansNoVerzuim() {
        assertThat(Verzuim.classify(BORN_2012, false, SINCE, parse("2025-06-01"), true))
                .isEqualTo(VerzuimSoort.VRIJGESTELD);
    }

    @Test
    void withoutADutyThereIsNoVerzuim() {
        LeerplichtDates adult = Leerplicht.voor(parse("2000-01-01"), null, CALENDAR);
        LeerplichtDates toddler = Leerplicht.voor(parse("2022-01-01"), null, CALENDAR);

        assertThat(Verzuim.classify(adult, false, SINCE, parse("2025-06-01"), false)).isEqualTo(VerzuimSoort.GEEN_PLICHT);
        assertThat(Verzuim.classify(toddler, false, null, parse("2025-06-01"), false)).isEqualTo(VerzuimSoort.GEEN_PLICHT);
    }

    @Test
    void enrolledAndAttendingIsNoVerzuim() {
        assertThat(Verzuim.classify(BORN_2012, true, null, parse("2025-06-01"), false)).isEqualTo(VerzuimSoort.GEEN_VERZUIM);
    }

    @Test
    void oneDayShortOfFourWeeksIsShortRelatiefVerzuim() {
        assertThat(Verzuim.classify(BORN_2012, true, SINCE, SINCE.plusDays(27), false))
                .isEqualTo(VerzuimSoort.RELATIEF_VERZUIM_KORT);
    }

    @Test
    void exactlyFourWeeksIsLangdurigRelatiefVerzuim() {
        assertThat(Verzuim.classify(BORN_2012, true, SINCE, SINCE.plusWeeks(4), false))
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN);
    }

    @Test
    void exactlyThreeMonthsStaysInTheFourWeeksToThreeMonthsBand() {
        assertThat(Verzuim.classify(BORN_2012, true, SINCE, parse("2025-04-15"), false))
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN);
    }

    @Test
    void theDayAfterThreeMonthsIsLongerThanThreeMonths() {
        assertThat(Verzuim.classify(BORN_2012, true, SINCE, parse("2025-04-16"), false))
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN);
    }

    @Test
    void absenceStartedInThePreviousSchoolYearKeepsCounting() {
        assertThat(Verzuim.classify(BORN_2012, true, parse("2025-06-01"), parse("2025-09-15"), false))
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN);
    }

    @Test
    void thuiszittersAreAbsoluteAndLongRelativeAbsentees() {
        assertThat(VerzuimSoort.ABSOLUUT_VERZUIM.isThuiszitter()).isTrue();
        assertThat(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN.isThuiszitter()).isTrue();
        assertThat(VerzuimSoort.RELATIEF_VERZUIM_KORT.isThuiszitter()).isFalse();
    }
}
