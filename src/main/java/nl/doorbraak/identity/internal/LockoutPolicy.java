package nl.doorbraak.identity.internal;

import java.time.Duration;
import java.time.Instant;

/** Five failed logins in a row lock an account for fifteen minutes. */
final class LockoutPolicy {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    private LockoutPolicy() {
    }

    static boolean isLocked(Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    static boolean shouldLock(int consecutiveFailures) {
        return consecutiveFailures >= MAX_FAILURES;
    }

    static Instant lockedUntil(Instant now) {
        return now.plus(LOCK_DURATION);
    }
}
