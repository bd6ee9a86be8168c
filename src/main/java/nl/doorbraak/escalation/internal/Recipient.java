package nl.doorbraak.escalation.internal;

/** Someone told about an escalation: a manager of an organisation involved, or a coordinator of the region. */
record Recipient(Kind kind, Long organisationId, Long userId, String label, String email) {

    enum Kind { LEIDINGGEVENDE, COORDINATOR }

    static Recipient manager(long organisationId, String organisationName, String email) {
        return new Recipient(Kind.LEIDINGGEVENDE, organisationId, null, organisationName, email);
    }

    static Recipient coordinator(long userId, String name, String email) {
        return new Recipient(Kind.COORDINATOR, null, userId, name, email);
    }
}
