package nl.doorbraak.casefile.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** "Now" and "today" for cases, from the application clock; dates are Dutch dates. */
@Component
public class CaseTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    CaseTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }
}
