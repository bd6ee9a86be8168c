package nl.doorbraak.audit.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records that someone read the log. It commits on its own, so the record stays even when reading
 * or streaming fails halfway.
 */
@Component
class AuditAccessRecorder {

    private final AuditLog auditLog;

    AuditAccessRecorder(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String action, String details) {
        auditLog.record(AuditEvent.of(action, "AUDITLOG", null).withDetails(details));
    }
}
