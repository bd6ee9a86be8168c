package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseEnding;
import nl.doorbraak.casefile.ConsentWithdrawn;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The family withdrew consent: the case stops for good and the region's coordinators are told; what is still open
 * for the case ends with it ({@link CaseEnding}, in the same transaction).
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, InputRefused.class})
public class ConsentWithdrawalService {

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final CaseReadModel reads;
    private final CaseNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CaseTime time;
    private final MessageSource messages;

    ConsentWithdrawalService(CaseGuard guard, CaseRepository cases, CaseReadModel reads, CaseNotifier notifier,
            AuditLog audit, ApplicationEventPublisher events, CaseTime time, MessageSource messages) {
        this.messages = messages;
        this.guard = guard;
        this.cases = cases;
        this.reads = reads;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.time = time;
    }

    public void withdraw(CurrentUser user, long caseId, LocalDate withdrawnOn, String reason) {
        CaseFacts facts = guard.allowed(user, caseId, "TOESTEMMING_INGETROKKEN", CaseAccess::mayWithdrawConsent,
                "case.refused.closed");
        LocalDate givenOn = reads.consent(caseId).map(ConsentRecord::givenOn).orElse(null);
        guard.refuseIfAny(user, caseId, "TOESTEMMING_INGETROKKEN", check(withdrawnOn, reason, givenOn, time.today()));
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        lifecycle.withdrawConsent(user.id(), now, reason);
        events.publishEvent(new CaseEnding(caseId, facts.regionSlug(), user,
                messages.getMessage("withdrawal.looseEnds.decision", null, Locale.forLanguageTag("nl"))));
        cases.withdrawConsent(caseId, withdrawnOn, reason);
        cases.changeStatus(caseId, lifecycle.status(), now);
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of("TOESTEMMING_INGETROKKEN", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()));
        notifier.consentWithdrawn(facts);
        events.publishEvent(new ConsentWithdrawn(caseId, facts.regionSlug()));
    }

    static List<FieldProblem> check(LocalDate withdrawnOn, String reason, LocalDate givenOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (withdrawnOn == null) {
            problems.add(new FieldProblem("withdrawnOn", "withdrawal.date.required"));
        } else if (withdrawnOn.isAfter(today)) {
            problems.add(new FieldProblem("withdrawnOn", "withdrawal.date.future"));
        } else if (givenOn != null && withdrawnOn.isBefore(givenOn)) {
            problems.add(new FieldProblem("withdrawnOn", "withdrawal.date.beforeConsent"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new FieldProblem("reason", "withdrawal.reason.required"));
        }
        return problems;
    }
}
