package nl.doorbraak.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import nl.doorbraak.escalation.internal.Elapsed;
import org.junit.jupiter.api.Test;

class ElapsedTest {

    private static final Instant RAISED = Instant.parse("2026-03-02T09:00:00Z");

    private static Elapsed after(Duration duration) {
        return Elapsed.between(RAISED, RAISED.plus(duration));
    }

    @Test
    void countsWholeDaysOnceADayHasPassed() {
        Elapsed elapsed = after(Duration.ofDays(3).plusHours(5));
        assertThat(elapsed.messageKey()).isEqualTo("escalation.elapsed.days");
        assertThat(elapsed.amount()).isEqualTo(3);
    }

    @Test
    void countsHoursWithinTheFirstDay() {
        Elapsed elapsed = after(Duration.ofHours(7).plusMinutes(59));
        assertThat(elapsed.messageKey()).isEqualTo("escalation.elapsed.hours");
        assertThat(elapsed.amount()).isEqualTo(7);
    }

    @Test
    void saysLessThanAnHourAtFirst() {
        assertThat(after(Duration.ofMinutes(20)).messageKey()).isEqualTo("escalation.elapsed.lessThanHour");
    }
}
