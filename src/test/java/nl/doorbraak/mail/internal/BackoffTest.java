package nl.doorbraak.mail.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void theWaitDoublesFromOneMinuteAndStopsAtOneHour() {
        assertThat(Backoff.after(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Backoff.after(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Backoff.after(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(Backoff.after(6)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Backoff.after(7)).isEqualTo(Duration.ofHours(1));
        assertThat(Backoff.after(1000)).isEqualTo(Duration.ofHours(1));
    }
}
