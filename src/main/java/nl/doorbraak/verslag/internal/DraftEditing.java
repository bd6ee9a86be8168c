package nl.doorbraak.verslag.internal;

import java.time.Clock;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** What every draft change shares: the draft must still be open, and the change is audited. */
@Component
class DraftEditing {

    private final DraftRepository drafts;
    private final AuditLog audit;
    private final Clock clock;

    DraftEditing(DraftRepository drafts, AuditLog audit, Clock clock) {
        this.drafts = drafts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The item's draft, refused once it is finalised (a correction reopens it first). */
    DraftRow editableDraft(MeetingModeContext context) {
        DraftRow draft = drafts.openOrCreate(context.entry().itemId(), context.entry().caseId());
        if (draft.finalised()) {
            throw new DraftRefused("verslag.finalised");
        }
        return draft;
    }

    /** An agreement or scenario changed: a copy of the main form opened before is now stale. */
    void touch(CurrentUser user, MeetingModeContext context, DraftRow draft, String what) {
        if (!drafts.touch(draft.id(), user.id(), clock.instant())) {
            throw new DraftRefused("verslag.finalised");
        }
        audited(user, context, draft, what);
    }

    void audited(CurrentUser user, MeetingModeContext context, DraftRow draft, String what) {
        long caseId = context.entry().caseId();
        audit.record(AuditEvent.of("VERSLAG_GEWIJZIGD", "VERSLAG", draft.id()).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails(what));
    }
}
