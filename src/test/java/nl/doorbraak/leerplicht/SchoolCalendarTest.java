package nl.doorbraak.leerplicht;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.doorbraak.leerplicht.SchoolHoliday.Kind;
import org.junit.jupiter.api.Test;

class SchoolCalendarTest {

    static final SchoolHolidays HOLIDAYS = new SchoolHolidays(List.of(
            new SchoolHoliday(2023, VakantieRegio.MIDDEN, Kind.KERST, parse("2023-12-23"), parse("2024-01-07")),
            new SchoolHoliday(2024, VakantieRegio.MIDDEN, Kind.ZOMER, parse("2025-07-19"), parse("2025-08-31")),
            new SchoolHoliday(2024, VakantieRegio.ZUID, Kind.ZOMER, parse("2025-07-05"), parse("2025-08-17"))));
    static final SchoolCalendar MIDDEN = SchoolCalendar.of(HOLIDAYS, VakantieRegio.MIDDEN);
    static final SchoolCalendar ZUID = SchoolCalendar.of(HOLIDAYS, VakantieRegio.ZUID);
    static final SchoolCalendar NO_REGION = SchoolCalendar.withoutSchoolHolidays();

    @Test
    void aChildTurningFiveOnSecondSeptember2011StartsOnMondayThirdOctoberNotOnTheSaturday() {
        // The example: the 1st of October 2016 is a Saturday.
        assertThat(Leerplicht.voor(parse("2011-09-02"), null, NO_REGION).leerplichtigVanaf()).isEqualTo(parse("2016-10-03"));
    }

    @Test
    void skipsTheChristmasHolidayOfTheRegion() {
        assertThat(Leerplicht.voor(parse("2018-12-31"), null, MIDDEN).leerplichtigVanaf()).isEqualTo(parse("2024-01-08"));
        assertThat(Leerplicht.voor(parse("2018-12-31"), null, NO_REGION).leerplichtigVanaf()).isEqualTo(parse("2024-01-02"));
    }

    @Test
    void skipsEasterMondayOnTheFirstOfApril() {
        assertThat(Leerplicht.voor(parse("2019-03-10"), null, NO_REGION).leerplichtigVanaf()).isEqualTo(parse("2024-04-02"));
    }

    @Test
    void aChildTurningFiveInJulyStartsAfterTheSummerHolidayOfItsRegion() {
        assertThat(Leerplicht.voor(parse("2020-07-10"), null, MIDDEN).leerplichtigVanaf()).isEqualTo(parse("2025-09-01"));
        assertThat(Leerplicht.voor(parse("2020-07-10"), null, ZUID).leerplichtigVanaf()).isEqualTo(parse("2025-08-18"));
    }

    @Test
    void saysWhetherAllHolidaysOfTheSchoolYearAreKnown() {
        SchoolHolidays complete = new SchoolHolidays(List.of(Kind.values()).stream()
                .map(kind -> new SchoolHoliday(2025, VakantieRegio.NOORD, kind, parse("2025-10-18"), parse("2025-10-26")))
                .toList());
        assertThat(SchoolCalendar.of(complete, VakantieRegio.NOORD).holidaysKnownOn(parse("2026-03-01"))).isTrue();
        assertThat(SchoolCalendar.of(complete, VakantieRegio.NOORD).holidaysKnownOn(parse("2026-09-01"))).isFalse();
        assertThat(MIDDEN.holidaysKnownOn(parse("2024-01-08"))).isFalse();
        assertThat(NO_REGION.holidaysKnownOn(parse("2024-01-08"))).isFalse();
    }
}
