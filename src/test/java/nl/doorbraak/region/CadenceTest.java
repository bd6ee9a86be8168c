package nl.doorbraak.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final TimeSlot AFTERNOON = new TimeSlot(LocalTime.of(13, 0), LocalTime.of(15, 0), false);

    private static Cadence sixWeekly() {
        return new Cadence(CadenceKind.EVERY_N_WEEKS, 6, DayOfWeek.TUESDAY, LocalDate.of(2025, 9, 2), null, AFTERNOON, null,
                false, null);
    }

    @Test
    void computesSixWeeklyMeetingsFromTheAnchor() {
        assertThat(sixWeekly().meetingsFrom(LocalDate.of(2025, 1, 1), 3)).containsExactly(
                LocalDateTime.of(2025, 9, 2, 13, 0), LocalDateTime.of(2025, 10, 14, 13, 0), LocalDateTime.of(2025, 11, 25, 13, 0));
    }

    @Test
    void continuesTheSixWeeklyRhythmAfterAGivenDate() {
        assertThat(sixWeekly().meetingsFrom(LocalDate.of(2025, 10, 15), 2)).containsExactly(
                LocalDateTime.of(2025, 11, 25, 13, 0), LocalDateTime.of(2026, 1, 6, 13, 0));
        assertThat(sixWeekly().meetingsFrom(LocalDate.of(2025, 10, 14), 1)).containsExactly(LocalDateTime.of(2025, 10, 14, 13, 0));
    }

    @Test
    void returnsOnlyFutureFixedDatesInOrder() {
        Cadence fixed = new Cadence(CadenceKind.FIXED_DATES, null, null, null,
                List.of(LocalDate.of(2023, 3, 14), LocalDate.of(2022, 9, 13), LocalDate.of(2023, 7, 4)), AFTERNOON, null, false, null);
        assertThat(fixed.meetingsFrom(LocalDate.of(2023, 1, 1), 5)).containsExactly(
                LocalDateTime.of(2023, 3, 14, 13, 0), LocalDateTime.of(2023, 7, 4, 13, 0));
        assertThat(fixed.meetingsFrom(LocalDate.of(2024, 1, 1), 5)).isEmpty();
    }

    @Test
    void onDemandTablesHaveNoPlannedMeetingsButADeadline() {
        Cadence onDemand = new Cadence(CadenceKind.ON_DEMAND, null, null, null, null, null, 5, false, null);
        assertThat(onDemand.meetingsFrom(LocalDate.of(2025, 1, 1), 3)).isEmpty();
        assertThat(onDemand.onDemandDeadline(LocalDate.of(2025, 1, 1))).contains(LocalDate.of(2025, 1, 6));
    }
}
