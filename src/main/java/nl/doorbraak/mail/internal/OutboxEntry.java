package nl.doorbraak.mail.internal;

import java.time.Instant;

/** One row of the outbox as the administrator sees it. */
public record OutboxEntry(long id, Instant createdAt, String kind, String recipient, String subject, String body,
        String linkPath, int attempts, Instant nextAttemptAt, Instant sentAt, Instant failedAt, String lastError,
        String attachmentFilename) {

    public boolean hasAttachment() {
        return attachmentFilename != null;
    }

    public OutboxStatus status() {
        if (sentAt != null) {
            return OutboxStatus.VERZONDEN;
        }
        return failedAt != null ? OutboxStatus.MISLUKT : OutboxStatus.WACHTEND;
    }
}
