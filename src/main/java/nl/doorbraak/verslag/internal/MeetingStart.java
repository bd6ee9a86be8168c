package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.ZoneId;

import nl.doorbraak.planning.AgendaEntry;
import org.springframework.stereotype.Component;

/**
 * Whether an agenda item's meeting has begun, by the application clock. A verslag is finalised only from then on:
 * a finalised verslag counts as a table held for the case.
 */
@Component
public class MeetingStart {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final Clock clock;

    MeetingStart(Clock clock) {
        this.clock = clock;
    }

    public boolean begun(AgendaEntry entry) {
        return !entry.meetingStartsAt().atZone(AMSTERDAM).toInstant().isAfter(clock.instant());
    }
}
