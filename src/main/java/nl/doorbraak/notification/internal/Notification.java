package nl.doorbraak.notification.internal;

import java.time.OffsetDateTime;

import nl.doorbraak.common.HtmlTime;

/** One notification as its owner sees it: what the mail said (neutral) and where it leads. */
public record Notification(long id, String kind, String subject, String linkPath, OffsetDateTime createdAt,
        boolean read) {

    /** The moment for a {@code <time datetime>} attribute. */
    public String isoTime() {
        return HtmlTime.attribute(createdAt.toInstant());
    }
}
