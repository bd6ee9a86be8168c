package nl.doorbraak.verslag.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * "Als ... dan ...": when the "als" happens, the regiehouder or a coordinator activates the scenario with a reason.
 * Its "dan" becomes a new SMART agreement of the scenario's owner, with the deadline and result given now. Once.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, FollowupRefused.class,
        FollowupNotFound.class})
public class ScenarioActivationService {

    private static final String ACTION = "SCENARIO_GEACTIVEERD";
    private static final String TYPE = "SCENARIO";

    private final FollowupAccess access;
    private final ScenarioActivationRepository scenarios;
    private final FollowupRepository agreements;
    private final AgreementHistoryRepository history;

    ScenarioActivationService(FollowupAccess access, ScenarioActivationRepository scenarios,
            FollowupRepository agreements, AgreementHistoryRepository history) {
        this.access = access;
        this.scenarios = scenarios;
        this.agreements = agreements;
        this.history = history;
    }

    public ScenarioActivationPage page(CurrentUser user, long caseId, long scenarioId) {
        CaseSummary summary = access.visible(user, caseId, FollowupPages.READ);
        ScenarioActivationRow scenario = scenarios.find(caseId, scenarioId).orElseThrow(FollowupNotFound::new);
        boolean closed = FollowupRules.closed(summary.status());
        boolean may = !closed && !scenario.activated() && access.mayDirect(user, summary);
        AgendaPerson owner = owner(scenario);
        return new ScenarioActivationPage(summary, new ScenarioItem(scenario, owner == null ? "?" : owner.name(), may),
                closed, access.today());
    }

    /** @return the new agreement's id; @throws FollowupRefused when input is missing or it was activated before */
    public long activate(CurrentUser user, long caseId, long scenarioId, String reason, LocalDate dueOn,
            String result) {
        CaseSummary summary = access.changeable(user, caseId, ACTION, TYPE, scenarioId);
        ScenarioActivationRow scenario = scenarios.find(caseId, scenarioId)
                .orElseThrow(() -> access.notFound(user, ACTION, TYPE, scenarioId, caseId));
        if (!access.mayDirect(user, summary)) {
            throw access.denied(user, ACTION, TYPE, scenarioId, caseId, "afspraken.refused.notDirector");
        }
        List<FollowupRefusal> refusals = FollowupRules.activation(scenario.activated(), reason, dueOn, result,
                access.today());
        if (!refusals.isEmpty()) {
            throw access.refused(user, ACTION, TYPE, scenarioId, caseId, refusals);
        }
        AgendaPerson owner = owner(scenario);
        Instant now = access.now();
        long agreementId = agreements.addAgreement(scenario.verslagId(), caseId, scenario.thenThat(),
                scenario.ownerId(), owner == null ? null : owner.userId(), dueOn, result.strip(), now);
        if (!scenarios.activate(scenarioId, caseId, reason.strip(), agreementId, user.id(), now)) {
            // activated meanwhile by someone else: undo the agreement just added
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            throw new FollowupRefused(List.of(FollowupRefusal.global("afspraken.scenario.refused.activated")));
        }
        history.add(agreementId, caseId, "CREATED_FROM_SCENARIO", reason.strip(), null, dueOn, user.id(), now);
        access.record(user, ACTION, TYPE, scenarioId, caseId);
        return agreementId;
    }

    private AgendaPerson owner(ScenarioActivationRow scenario) {
        Map<Long, AgendaPerson> people = access.participants(List.of(scenario.agendaItemId()));
        return people.get(scenario.ownerId());
    }
}
