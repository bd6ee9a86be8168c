package nl.doorbraak.audit.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditOutcome;

/**
 * What the privacy officer wants to see; every field is optional (null means "any").
 * Dates are calendar days in Europe/Amsterdam, both inclusive.
 */
public record AuditFilter(String actor, String action, String objectType, String objectId,
        AuditOutcome outcome, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null);
    }

    /** A short, stable description for the audit entry that records who looked at what. */
    public String describe() {
        Map<String, Object> parts = new LinkedHashMap<>();
        parts.put("actor", actor);
        parts.put("actie", action);
        parts.put("objecttype", objectType);
        parts.put("object", objectId);
        parts.put("uitkomst", outcome);
        parts.put("van", from);
        parts.put("tot en met", to);
        String described = parts.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
        return described.isEmpty() ? "geen filter" : described;
    }
}
