package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.TriageDecided;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.region.Admission;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a decider's vooroverleg decision and, once the werkwijze's deciders agree, the case's outcome.
 * The checklist advises, people decide: admitting against the criteria needs an explicit confirmation.
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, InputRefused.class})
public class TriageService {

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final TriageDecisions decisions;
    private final Werkwijzen werkwijzen;
    private final OrganisationDirectory organisations;
    private final CaseNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CaseTime time;

    TriageService(CaseGuard guard, CaseRepository cases, TriageDecisions decisions, Werkwijzen werkwijzen,
            OrganisationDirectory organisations, CaseNotifier notifier, AuditLog audit,
            ApplicationEventPublisher events, CaseTime time) {
        this.guard = guard;
        this.cases = cases;
        this.decisions = decisions;
        this.werkwijzen = werkwijzen;
        this.organisations = organisations;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.time = time;
    }

    /** Whether this user may decide in the region's vooroverleg (where it is joint: only for a decider type). */
    @Transactional(readOnly = true)
    public boolean mayDecide(CurrentUser user, String regionSlug) {
        return TriageRules.mayDecide(werkwijzen.get(regionSlug).admission(), organisationTypeOf(user));
    }

    /** Returns the case's outcome, or empty while a joint decision waits for the other decider. */
    public Optional<CaseStatus> decide(CurrentUser user, long caseId, TriageInput input) {
        CaseFacts facts = guard.allowed(user, caseId, "TRIAGE_BESLUIT", CaseAccess::mayTriage,
                "case.refused.notAwaitingTriage");
        Admission admission = werkwijzen.get(facts.regionSlug()).admission();
        OrganisationType deciderType = organisationTypeOf(user);
        if (!TriageRules.mayDecide(admission, deciderType)) {
            guard.refuse(user, caseId, "TRIAGE_BESLUIT", "triage.refused.notADecider");
            throw new CaseTransitionRefused("triage.refused.notADecider");
        }
        List<String> ticked = TriageRules.circumstancesTicked(admission, input.circumstancesThatHold());
        boolean criteriaMet = admission.admits(input.conditionHolds(), ticked.size());
        guard.refuseIfAny(user, caseId, "TRIAGE_BESLUIT", check(input, criteriaMet));
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        lifecycle.startTriage(user.id(), now);
        decisions.insert(caseId, user.id(), deciderType, input, ticked, criteriaMet, now);
        Optional<CaseStatus> outcome = TriageRules.outcome(admission, decisions.of(caseId));
        conclude(lifecycle, outcome, user.id(), now, input.reason());
        cases.changeStatus(caseId, lifecycle.status(), now);
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of("TRIAGE_BESLUIT", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails("besluit=" + input.choice() + "; namens=" + deciderType
                        + "; criteria voldaan=" + criteriaMet + "; uitkomst=" + outcome.map(Enum::name).orElse("OPEN")));
        outcome.ifPresent(status -> {
            notifier.triageDecided(caseId, facts.referrerUserId());
            events.publishEvent(new TriageDecided(caseId, facts.regionSlug(), status));
        });
        return outcome;
    }

    private static void conclude(CaseLifecycle lifecycle, Optional<CaseStatus> outcome, long actor, Instant at,
            String reason) {
        if (outcome.isEmpty()) {
            lifecycle.recordPartialDecision(actor, at, reason);
            return;
        }
        switch (outcome.get()) {
            case TOEGELATEN -> lifecycle.admit(actor, at, reason);
            case TERUGGESTUURD -> lifecycle.sendBack(actor, at, reason);
            default -> lifecycle.reject(actor, at, reason);
        }
    }

    private static List<FieldProblem> check(TriageInput input, boolean criteriaMet) {
        List<FieldProblem> problems = new ArrayList<>();
        if (input.choice() == null) {
            problems.add(new FieldProblem("choice", "triage.choice.required"));
        }
        if (input.reason() == null || input.reason().isBlank()) {
            problems.add(new FieldProblem("reason", "triage.reason.required"));
        }
        if (input.choice() == TriageChoice.TOELATEN && !criteriaMet && !input.admitDespiteCriteria()) {
            problems.add(new FieldProblem("admitDespiteCriteria", "triage.criteriaNotMet"));
        }
        return problems;
    }

    private OrganisationType organisationTypeOf(CurrentUser user) {
        return user.organisationId() == null ? null
                : organisations.find(user.organisationId()).map(OrganisationSummary::type).orElse(null);
    }
}
