package nl.doorbraak.leerplicht;

import static java.time.LocalDate.parse;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublicHolidaysTest {

    @Test
    void computesEasterSundayForKnownYears() {
        assertThat(PublicHolidays.easterSunday(2000)).isEqualTo(parse("2000-04-23"));
        assertThat(PublicHolidays.easterSunday(2013)).isEqualTo(parse("2013-03-31"));
        assertThat(PublicHolidays.easterSunday(2024)).isEqualTo(parse("2024-03-31"));
        assertThat(PublicHolidays.easterSunday(2025)).isEqualTo(parse("2025-04-20"));
        assertThat(PublicHolidays.easterSunday(2026)).isEqualTo(parse("2026-04-05"));
    }

    @Test
    void countsTheHolidaysOfTheAlgemeneTermijnenwet() {
        assertThat(PublicHolidays.isPublicHoliday(parse("2026-01-01"))).as("Nieuwjaarsdag").isTrue();
        assertThat(PublicHolidays.isPublicHoliday(parse("2024-04-01"))).as("Tweede Paasdag").isTrue();
        assertThat(PublicHolidays.isPublicHoliday(parse("2025-05-29"))).as("Hemelvaartsdag").isTrue();
        assertThat(PublicHolidays.isPublicHoliday(parse("2020-06-01"))).as("Tweede Pinksterdag").isTrue();
        assertThat(PublicHolidays.isPublicHoliday(parse("2026-05-05"))).as("Bevrijdingsdag").isTrue();
        assertThat(PublicHolidays.isPublicHoliday(parse("2026-12-26"))).as("Tweede Kerstdag").isTrue();
    }

    @Test
    void movesKoningsdagToSaturdayWhenTheTwentySeventhIsASunday() {
        assertThat(PublicHolidays.koningsdag(2025)).isEqualTo(parse("2025-04-26"));
        assertThat(PublicHolidays.koningsdag(2026)).isEqualTo(parse("2026-04-27"));
    }

    @Test
    void doesNotCountGoedeVrijdagWhichTheLawDoesNotName() {
        assertThat(PublicHolidays.isPublicHoliday(parse("2026-04-03"))).isFalse();
    }
}
