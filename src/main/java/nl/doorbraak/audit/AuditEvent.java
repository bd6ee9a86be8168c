package nl.doorbraak.audit;

/**
 * One auditable action. The actor and client address are filled in from the current request
 * when not given; {@code subjectRef} names whose data it concerns (a case id, never a name).
 */
public record AuditEvent(String action, String objectType, String objectId, String subjectRef,
        AuditOutcome outcome, String details, String actor) {

    public static AuditEvent of(String action, String objectType, Object objectId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), null,
                AuditOutcome.SUCCESS, null, null);
    }

    public AuditEvent withOutcome(AuditOutcome newOutcome) {
        return new AuditEvent(action, objectType, objectId, subjectRef, newOutcome, details, actor);
    }

    public AuditEvent withDetails(String newDetails) {
        return new AuditEvent(action, objectType, objectId, subjectRef, outcome, newDetails, actor);
    }

    public AuditEvent withActor(String newActor) {
        return new AuditEvent(action, objectType, objectId, subjectRef, outcome, details, newActor);
    }

    public AuditEvent withSubject(String newSubjectRef) {
        return new AuditEvent(action, objectType, objectId, newSubjectRef, outcome, details, actor);
    }
}
