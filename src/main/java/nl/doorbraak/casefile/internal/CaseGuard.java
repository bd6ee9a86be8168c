package nl.doorbraak.casefile.internal;

import java.util.function.BiPredicate;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Every case read and change passes here first: an unknown case, or one the user may not see, is audited as
 * DENIED and answered as not found. Callers must not roll back on {@link CaseNotFound}, so the entry stays.
 */
@Component
class CaseGuard {

    private final CaseRepository cases;
    private final AuditLog audit;

    CaseGuard(CaseRepository cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    /** The facts of a case the user may see, or {@link CaseNotFound}. */
    CaseFacts visible(CurrentUser user, long caseId, String action) {
        CaseFacts facts = cases.facts(caseId).orElse(null);
        if (facts == null || !CaseAccess.maySee(user, facts)) {
            audit.record(AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId)
                    .withActor(user.username()).withOutcome(AuditOutcome.DENIED));
            throw new CaseNotFound(caseId);
        }
        return facts;
    }

    /** Like {@link #visible}, and the action must be allowed, else it is refused with the given message key. */
    CaseFacts allowed(CurrentUser user, long caseId, String action, BiPredicate<CurrentUser, CaseFacts> rule,
            String refusalKey) {
        CaseFacts facts = visible(user, caseId, action);
        if (!rule.test(user, facts)) {
            audit.record(AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId)
                    .withActor(user.username()).withOutcome(AuditOutcome.DENIED));
            throw new CaseTransitionRefused(refusalKey);
        }
        return facts;
    }
}
