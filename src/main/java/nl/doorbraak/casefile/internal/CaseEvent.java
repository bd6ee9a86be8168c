package nl.doorbraak.casefile.internal;

import java.time.Instant;

/** One line of a case's timeline: who did what, when and why (the reason may be empty). */
public record CaseEvent(CaseEventType type, long actorUserId, Instant occurredAt, String reason) {
}
