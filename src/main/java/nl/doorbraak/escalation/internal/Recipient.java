package nl.doorbraak.escalation.internal;

/**
 * Someone told about an escalation: a manager of an organisation involved, a coordinator of the region, or the
 * region's SAVE contact when SAVE is involved. The page shows the label, never the address.
 */
public record Recipient(Kind kind, Long organisationId, Long userId, String label, String email) {

    public enum Kind { LEIDINGGEVENDE, COORDINATOR, SAVE }

    static Recipient manager(long organisationId, String organisationName, String email) {
        return new Recipient(Kind.LEIDINGGEVENDE, organisationId, null, organisationName, email);
    }

    static Recipient coordinator(long userId, String name, String email) {
        return new Recipient(Kind.COORDINATOR, null, userId, name, email);
    }

    static Recipient save(long organisationId, String organisationName, String email) {
        return new Recipient(Kind.SAVE, organisationId, null, organisationName, email);
    }
}
