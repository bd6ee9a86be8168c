package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * What every draft change shares: the draft must still be open, and the change is audited. Each attempt leaves one
 * row under {@link #ACTION}: SUCCESS with what changed, or DENIED with why it was refused.
 */
@Component
class DraftEditing {

    static final String ACTION = "VERSLAG_GEWIJZIGD";

    private final DraftRepository drafts;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    DraftEditing(DraftRepository drafts, AuditLog audit, MessageSource messages, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    /** The item's draft, refused once it is finalised (a correction reopens it first). */
    DraftRow editableDraft(CurrentUser user, MeetingModeContext context) {
        DraftRow draft = drafts.openOrCreate(context.entry().itemId(), context.entry().caseId());
        if (draft.finalised()) {
            throw refused(user, context, draft, List.of(DraftRefusal.global("verslag.finalised")));
        }
        return draft;
    }

    /** An agreement or scenario changed: a copy of the main form opened before is now stale. */
    void touch(CurrentUser user, MeetingModeContext context, DraftRow draft, String what) {
        if (!drafts.touch(draft.id(), user.id(), clock.instant())) {
            // finalised while this ran: undo the change just made, so the frozen verslag's draft stays as it was
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            throw new DraftRefused("verslag.finalised");
        }
        audited(user, context, draft, what);
    }

    void audited(CurrentUser user, MeetingModeContext context, DraftRow draft, String what) {
        long caseId = context.entry().caseId();
        audit.record(AuditEvent.of(ACTION, "VERSLAG", draft.id()).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails(what));
    }

    /** One DENIED row naming the refusals in Dutch; nothing was stored. */
    DraftRefused refused(CurrentUser user, MeetingModeContext context, DraftRow draft, List<DraftRefusal> refusals) {
        deny(user, context, draft, refusals.stream()
                .map(r -> messages.getMessage(r.messageKey(), null, r.messageKey(), FinalisingAccess.DUTCH))
                .collect(Collectors.joining(" ")));
        return new DraftRefused(refusals);
    }

    /** Someone saved in between: one DENIED row, nothing is overwritten. */
    DraftStale stale(CurrentUser user, MeetingModeContext context, DraftRow draft) {
        deny(user, context, draft, "iemand anders heeft het verslag intussen opgeslagen");
        return new DraftStale();
    }

    private void deny(CurrentUser user, MeetingModeContext context, DraftRow draft, String reason) {
        audit.record(AuditEvent.of(ACTION, "VERSLAG", draft.id()).withSubject("casus:" + context.entry().caseId())
                .withActor(user.username()).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + reason));
    }
}
