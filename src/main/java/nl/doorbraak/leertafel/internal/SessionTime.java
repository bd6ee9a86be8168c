package nl.doorbraak.leertafel.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** "Now" and "today" for the leertafel's sessions, in Europe/Amsterdam (sessions are stored as wall-clock times). */
@Component
public class SessionTime {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    SessionTime(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public LocalDateTime wallClock() {
        return LocalDateTime.ofInstant(clock.instant(), ZONE);
    }
}
