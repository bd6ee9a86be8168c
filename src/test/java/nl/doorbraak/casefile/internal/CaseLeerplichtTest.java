package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import nl.doorbraak.casefile.internal.CaseLeerplicht.DutyState;
import nl.doorbraak.leerplicht.SchoolCalendar;
import nl.doorbraak.leerplicht.VerzuimSoort;
import org.junit.jupiter.api.Test;

class CaseLeerplichtTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final SchoolCalendar CALENDAR = SchoolCalendar.withoutSchoolHolidays();

    @Test
    void aThirteenYearOldOutOfSchoolForFourMonthsIsLeerplichtigAndLongerThanThreeMonthsAbsent() {
        // turns 16 on 10 March 2028: leerplicht runs to the end of that school year
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2012, 3, 10), true, false, LocalDate.of(2026, 2, 12), TODAY, CALENDAR);

        assertThat(l.duty()).isEqualTo(DutyState.LEERPLICHTIG);
        assertThat(l.dutyDate()).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN);
        assertThat(l.verzuimSince()).isEqualTo(LocalDate.of(2026, 2, 12));
        assertThat(l.showsSince()).isTrue();
        assertThat(l.isThuiszitter()).isTrue();
        assertThat(l.startkwalificatieAssumed()).isFalse();
    }

    @Test
    void theBandsStartAtFourWeeksAndEndAfterThreeMonths() {
        LocalDate birth = LocalDate.of(2012, 3, 10);
        assertThat(CaseLeerplicht.of(birth, true, false, TODAY.minusWeeks(4).plusDays(1), TODAY, CALENDAR).verzuim())
                .isEqualTo(VerzuimSoort.RELATIEF_VERZUIM_KORT);
        assertThat(CaseLeerplicht.of(birth, true, false, TODAY.minusWeeks(4), TODAY, CALENDAR).verzuim())
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN);
        assertThat(CaseLeerplicht.of(birth, true, false, TODAY.minusMonths(3), TODAY, CALENDAR).verzuim())
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN);
        assertThat(CaseLeerplicht.of(birth, true, false, TODAY.minusMonths(3).minusDays(1), TODAY, CALENDAR).verzuim())
                .isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN);
    }

    @Test
    void notEnrolledWithoutExemptionIsAbsoluutVerzuim() {
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2012, 3, 10), false, false, LocalDate.of(2026, 5, 12), TODAY, CALENDAR);

        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.ABSOLUUT_VERZUIM);
        assertThat(l.showsSince()).isTrue();
    }

    @Test
    void aSeventeenYearOldWithoutStartkwalificatieIsKwalificatieplichtigUntilTheEighteenthBirthday() {
        // turns 16 on 2 September 2027: leerplicht ends 31 July 2028, kwalificatieplicht on 2 September 2029
        LocalDate today = LocalDate.of(2028, 9, 1);
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2011, 9, 2), true, false, LocalDate.of(2028, 6, 1), today, CALENDAR);

        assertThat(l.duty()).isEqualTo(DutyState.KWALIFICATIEPLICHTIG);
        assertThat(l.dutyDate()).isEqualTo(LocalDate.of(2029, 9, 2));
        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN);
    }

    @Test
    void aStartkwalificatieWithoutADateMeansNoKwalificatieplichtNow() {
        LocalDate today = LocalDate.of(2028, 9, 1);
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2011, 9, 2), false, true, LocalDate.of(2028, 6, 1), today, CALENDAR);

        assertThat(l.duty()).isEqualTo(DutyState.STARTKWALIFICATIE_BEHAALD);
        assertThat(l.dutyDate()).isEqualTo(LocalDate.of(2028, 7, 31));
        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.GEEN_PLICHT);
        assertThat(l.showsSince()).isFalse();
        assertThat(l.startkwalificatieAssumed()).isTrue();
    }

    @Test
    void aStartkwalificatieDoesNotEndLeerplicht() {
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2011, 3, 10), false, true, null, TODAY, CALENDAR);

        assertThat(l.duty()).isEqualTo(DutyState.LEERPLICHTIG);
        assertThat(l.dutyDate()).isEqualTo(LocalDate.of(2027, 7, 31));
        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.ABSOLUUT_VERZUIM);
        assertThat(l.startkwalificatieAssumed()).isTrue();
    }

    @Test
    void fromTheEighteenthBirthdayThereIsNoDutyLeft() {
        LocalDate today = LocalDate.of(2029, 9, 2);
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2011, 9, 2), true, false, LocalDate.of(2029, 1, 1), today, CALENDAR);

        assertThat(l.duty()).isEqualTo(DutyState.KWALIFICATIEPLICHT_VOORBIJ);
        assertThat(l.dutyDate()).isEqualTo(LocalDate.of(2029, 9, 2));
        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.GEEN_PLICHT);
        assertThat(l.isThuiszitter()).isFalse();
    }

    @Test
    void aFourYearOldIsNotYetLeerplichtig() {
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2022, 1, 15), null, null, null, TODAY, CALENDAR);

        assertThat(l.duty()).isEqualTo(DutyState.NOG_NIET_LEERPLICHTIG);
        assertThat(l.dutyDate()).isEqualTo(LocalDate.of(2027, 2, 1));
        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.GEEN_PLICHT);
    }

    @Test
    void enrolledAndAttendingIsNoVerzuim() {
        CaseLeerplicht l = CaseLeerplicht.of(LocalDate.of(2012, 3, 10), true, false, null, TODAY, CALENDAR);

        assertThat(l.verzuim()).isEqualTo(VerzuimSoort.GEEN_VERZUIM);
        assertThat(l.showsSince()).isFalse();
    }

    @Test
    void missingFactsLeaveTheAnswersOpen() {
        assertThat(CaseLeerplicht.of(null, true, false, TODAY, TODAY, CALENDAR).duty()).isNull();
        assertThat(CaseLeerplicht.of(null, true, false, TODAY, TODAY, CALENDAR).verzuim()).isNull();
        assertThat(CaseLeerplicht.of(LocalDate.of(2012, 3, 10), null, false, TODAY, TODAY, CALENDAR).verzuim()).isNull();
        assertThat(CaseLeerplicht.of(LocalDate.of(2012, 3, 10), true, false, TODAY.plusDays(1), TODAY, CALENDAR).verzuim()).isNull();
    }
}
