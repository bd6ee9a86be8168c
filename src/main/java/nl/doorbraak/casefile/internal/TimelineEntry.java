package nl.doorbraak.casefile.internal;

import java.time.OffsetDateTime;

/** One event on a case's timeline, with the name of who did it. */
public record TimelineEntry(OffsetDateTime occurredAt, String actorName, CaseEventType type, String reason) {
}
