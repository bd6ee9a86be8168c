package nl.doorbraak.audit;

/** Writes audit entries in the caller's transaction, so an entry exists exactly when the change does. */
public interface AuditLog {

    void record(AuditEvent event);
}
