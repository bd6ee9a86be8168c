package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Every case read and change passes here first: an unknown case, or one the user may not see, is audited as
 * DENIED and answered as not found. Callers must not roll back on {@link CaseNotFound}, so the entry stays.
 * A passed check writes nothing: the caller records the outcome (the read, or the change after it happened), so
 * each attempt leaves one row; a refusal leaves one DENIED row whose details say why, in Dutch.
 */
@Component
class CaseGuard {

    static final String HIDDEN = "deze casus bestaat niet of de gebruiker mag hem niet zien";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseRepository cases;
    private final AuditLog audit;
    private final MessageSource messages;

    CaseGuard(CaseRepository cases, AuditLog audit, MessageSource messages) {
        this.cases = cases;
        this.audit = audit;
        this.messages = messages;
    }

    /** The facts of a case the user may see, or {@link CaseNotFound}. */
    CaseFacts visible(CurrentUser user, long caseId, String action) {
        CaseFacts facts = cases.facts(caseId).orElse(null);
        if (facts == null || !CaseAccess.maySee(user, facts)) {
            deny(user, caseId, action, HIDDEN);
            throw new CaseNotFound(caseId);
        }
        return facts;
    }

    /** Like {@link #visible}, and the action must be allowed, else it is refused with the given message key. */
    CaseFacts allowed(CurrentUser user, long caseId, String action, BiPredicate<CurrentUser, CaseFacts> rule,
            String refusalKey) {
        CaseFacts facts = visible(user, caseId, action);
        if (!rule.test(user, facts)) {
            refuse(user, caseId, action, refusalKey);
            throw new CaseTransitionRefused(refusalKey);
        }
        return facts;
    }

    /** Audits that a change of a case the user may see was refused; the message key's Dutch text is the reason. */
    void refuse(CurrentUser user, long caseId, String action, String refusalKey) {
        deny(user, caseId, action, dutch(refusalKey));
    }

    /** Refuses the change when the input breaks a rule: one DENIED row naming the problems, then {@link InputRefused}. */
    void refuseIfAny(CurrentUser user, long caseId, String action, List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            deny(user, caseId, action, problems.stream().map(p -> dutch(p.messageKey()))
                    .collect(Collectors.joining(" ")));
            throw new InputRefused(problems);
        }
    }

    private void deny(CurrentUser user, long caseId, String action, String reason) {
        audit.record(AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + reason));
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
