package nl.doorbraak.mail.internal;

import java.time.Duration;

/** Waits longer after each failed attempt (1, 2, 4, ... minutes), so a mail server that is down is not hammered. */
final class Backoff {

    static final Duration FIRST = Duration.ofMinutes(1);
    static final Duration MAX = Duration.ofHours(1);

    private Backoff() {
    }

    /** The wait after the given number of failed attempts (1 or more). */
    static Duration after(int failedAttempts) {
        int doublings = Math.max(0, failedAttempts - 1);
        if (doublings >= 6) {
            return MAX;
        }
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return wait.compareTo(MAX) > 0 ? MAX : wait;
    }
}
