package nl.doorbraak.audit;

/** Whether the audited action went through. */
public enum AuditOutcome {
    SUCCESS, DENIED, FAILURE
}
