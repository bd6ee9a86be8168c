package nl.doorbraak.mail.internal;

import java.time.Clock;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the administrator does with the outbox: look at it, and give a failed mail another chance. */
@Service
public class OutboxAdministration {

    public static final int PAGE_SIZE = 50;

    private final OutboxSearch search;
    private final OutboxStore store;
    private final AuditLog auditLog;
    private final Clock clock;

    OutboxAdministration(OutboxSearch search, OutboxStore store, AuditLog auditLog, Clock clock) {
        this.search = search;
        this.store = store;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** A page of the outbox; it shows recipients' addresses, so every page shown is audited. */
    @Transactional
    public OutboxPage page(OutboxStatus status, Long before, Long after) {
        OutboxPage page = search.page(status, before, after, PAGE_SIZE);
        auditLog.record(AuditEvent.of("UITGAANDE_MAIL_BEKEKEN", "MAIL", null)
                .withDetails(status == null ? "alle" : status.param()));
        return page;
    }

    /** Requeues a failed mail with a fresh set of attempts; false (and nothing audited) if it had not failed. */
    @Transactional
    public boolean retry(long id) {
        if (!store.requeueFailed(id, clock.instant())) {
            return false;
        }
        auditLog.record(AuditEvent.of("MAIL_OPNIEUW", "MAIL", id));
        return true;
    }
}
