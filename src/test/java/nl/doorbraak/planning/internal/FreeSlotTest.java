package nl.doorbraak.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import nl.doorbraak.region.TimeSlot;
import org.junit.jupiter.api.Test;

class FreeSlotTest {

    private static final TimeSlot MORNING = new TimeSlot(LocalTime.of(9, 30), LocalTime.of(12, 0), false);
    private static final Duration HOUR_AND_A_HALF = Duration.ofMinutes(90);

    private static AgendaItem item(String from, String until) {
        return new AgendaItem(1, 1, 1, LocalTime.parse(from), LocalTime.parse(until), List.of());
    }

    @Test
    void anEmptyDateStartsAtTheStartOfTheSlot() {
        TimeSlot slot = FreeSlot.first(MORNING, List.of(), HOUR_AND_A_HALF);
        assertThat(slot.start()).isEqualTo(LocalTime.of(9, 30));
        assertThat(slot.end()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void theNextCaseStartsWhenTheLastPlannedCaseEndsAndStopsAtTheEndOfTheSlot() {
        TimeSlot slot = FreeSlot.first(MORNING, List.of(item("09:30", "10:30"), item("10:30", "11:00")), HOUR_AND_A_HALF);
        assertThat(slot.start()).isEqualTo(LocalTime.of(11, 0));
        assertThat(slot.end()).isEqualTo(LocalTime.of(12, 0));
    }

    @Test
    void aFullSlotFallsBackToItsStartSoThePlannerWarns() {
        TimeSlot slot = FreeSlot.first(MORNING, List.of(item("09:30", "12:00")), HOUR_AND_A_HALF);
        assertThat(slot.start()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void casesOutsideTheSlotDoNotMoveTheStart() {
        TimeSlot slot = FreeSlot.first(MORNING, List.of(item("13:00", "14:00")), HOUR_AND_A_HALF);
        assertThat(slot.start()).isEqualTo(LocalTime.of(9, 30));
    }
}
