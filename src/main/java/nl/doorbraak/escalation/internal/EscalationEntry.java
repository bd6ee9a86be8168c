package nl.doorbraak.escalation.internal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One escalation as the page shows it: times in Dutch local time, who was notified (organisation or coordinator
 * names), and how long it was open (until now while it is open).
 */
public record EscalationEntry(long id, String raisedBy, LocalDateTime raisedAt, String reason, boolean open,
        String resolvedBy, LocalDateTime resolvedAt, String decision, SaveConsent saveConsent, List<String> notified,
        Elapsed elapsed) {
}
