package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class QuarterTest {

    @Test
    void groupsMonthsIntoCalendarQuarters() {
        assertThat(Quarter.of(LocalDate.of(2026, 1, 1))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 3, 31))).isEqualTo(new Quarter(2026, 1));
        assertThat(Quarter.of(LocalDate.of(2026, 4, 1))).isEqualTo(new Quarter(2026, 2));
        assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
    }

    @Test
    void knowsItsFirstAndLastDay() {
        assertThat(new Quarter(2024, 1).lastDay()).isEqualTo(LocalDate.of(2024, 3, 31));
        assertThat(new Quarter(2026, 4).firstDay()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(new Quarter(2026, 4).lastDay()).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void listsTheQuartersBetweenTwoMonthsAcrossAYear() {
        assertThat(Quarter.between(YearMonth.of(2025, 11), YearMonth.of(2026, 5)).stream().map(Quarter::label))
                .containsExactly("K4 2025", "K1 2026", "K2 2026");
        assertThat(Quarter.between(YearMonth.of(2026, 5), YearMonth.of(2025, 11))).isEmpty();
    }

    @Test
    void countsBackAcrossYears() {
        assertThat(new Quarter(2026, 4).minus(7)).isEqualTo(new Quarter(2025, 1));
        assertThat(new Quarter(2026, 1).minus(1)).isEqualTo(new Quarter(2025, 4));
    }
}
