package nl.doorbraak.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** "Now" and "today" for planning, in Europe/Amsterdam, from the application clock. */
@Component
class PlanningTime {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    PlanningTime(Clock clock) {
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
