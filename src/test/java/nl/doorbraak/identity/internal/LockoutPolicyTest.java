package nl.doorbraak.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LockoutPolicyTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void locksAtTheFifthConsecutiveFailure() {
        assertThat(LockoutPolicy.shouldLock(4)).isFalse();
        assertThat(LockoutPolicy.shouldLock(5)).isTrue();
    }

    @Test
    void staysLockedForFifteenMinutesThenUnlocks() {
        Instant until = LockoutPolicy.lockedUntil(clock.instant());
        Clock fourteenMinutesLater = Clock.offset(clock, Duration.ofMinutes(14));
        Clock fifteenMinutesLater = Clock.offset(clock, Duration.ofMinutes(15));

        assertThat(LockoutPolicy.isLocked(until, clock.instant())).isTrue();
        assertThat(LockoutPolicy.isLocked(until, fourteenMinutesLater.instant())).isTrue();
        assertThat(LockoutPolicy.isLocked(until, fifteenMinutesLater.instant())).isFalse();
    }

    @Test
    void anAccountWithoutLockIsNotLocked() {
        assertThat(LockoutPolicy.isLocked(null, clock.instant())).isFalse();
    }
}
