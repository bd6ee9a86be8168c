package nl.doorbraak.voortgang.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Days count in Dutch time: a reminder "three days before" means three calendar days in the Netherlands. */
@Component
class ProgressClock {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    ProgressClock(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZONE);
    }

    static LocalDateTime local(Instant at) {
        return LocalDateTime.ofInstant(at, ZONE);
    }
}
