package nl.doorbraak.audit.internal;

import java.time.Instant;

/** One row of the audit log as read back. */
public record AuditEntry(long id, Instant occurredAt, String actor, String onBehalfOf, String actorRole,
        String action, String objectType, String objectId, String subjectRef, String clientAddress,
        String outcome, String details) {
}
