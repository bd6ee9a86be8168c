package nl.doorbraak.verslag.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case's agreements page and one agreement's page; both are audited reads of the case (404 otherwise). */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class FollowupPages {

    static final String READ = "AFSPRAKEN_BEKEKEN";

    private final FollowupAccess access;
    private final FollowupRepository agreements;
    private final AgreementHistoryRepository history;
    private final ScenarioActivationRepository scenarios;

    FollowupPages(FollowupAccess access, FollowupRepository agreements, AgreementHistoryRepository history,
            ScenarioActivationRepository scenarios) {
        this.access = access;
        this.agreements = agreements;
        this.history = history;
        this.scenarios = scenarios;
    }

    public FollowupCasePage ofCase(CurrentUser user, long caseId) {
        CaseSummary summary = access.visible(user, caseId, READ);
        boolean closed = FollowupRules.closed(summary.status());
        boolean mayDirect = !closed && access.mayDirect(user, summary);
        List<FollowupAgreement> all = agreements.ofCase(caseId);
        List<ScenarioActivationRow> scenarioRows = scenarios.ofCase(caseId);
        List<Long> items = new ArrayList<>(all.stream().map(FollowupAgreement::agendaItemId).toList());
        scenarioRows.forEach(s -> items.add(s.agendaItemId()));
        Map<Long, AgendaPerson> people = access.participants(items);
        List<FollowupItem> rows = items(user, all, people, closed, mayDirect);
        List<ScenarioItem> scenarioItems = scenarioRows.stream().map(s -> new ScenarioItem(s,
                name(people, s.ownerId()), mayDirect && !s.activated())).toList();
        return new FollowupCasePage(summary, rows.stream().filter(r -> !r.agreement().done()).toList(),
                rows.stream().filter(r -> r.agreement().done()).toList(), scenarioItems, closed, access.today());
    }

    public FollowupAgreementPage agreement(CurrentUser user, long caseId, long agreementId) {
        CaseSummary summary = access.visible(user, caseId, READ);
        FollowupAgreement agreement = agreements.find(caseId, agreementId).orElseThrow(FollowupNotFound::new);
        boolean closed = FollowupRules.closed(summary.status());
        boolean mayDirect = !closed && access.mayDirect(user, summary);
        Map<Long, AgendaPerson> people = access.participants(List.of(agreement.agendaItemId()));
        return new FollowupAgreementPage(summary, items(user, List.of(agreement), people, closed, mayDirect).get(0),
                closed, access.today());
    }

    private List<FollowupItem> items(CurrentUser user, List<FollowupAgreement> all, Map<Long, AgendaPerson> people,
            boolean closed, boolean mayDirect) {
        Map<Long, List<AgreementHistoryEntry>> changes = history(all);
        return all.stream().map(a -> new FollowupItem(a, name(people, a.ownerId()),
                changes.getOrDefault(a.id(), List.of()), a.overdue(access.today()),
                !closed && !a.done() && FollowupRules.mayReport(user, a), mayDirect && !a.done())).toList();
    }

    private Map<Long, List<AgreementHistoryEntry>> history(List<FollowupAgreement> all) {
        Map<Long, String> actors = new HashMap<>();
        Map<Long, List<AgreementHistoryEntry>> byAgreement = new HashMap<>();
        for (AgreementHistoryRepository.Row row : history.of(all.stream().map(FollowupAgreement::id).toList())) {
            String actor = actors.computeIfAbsent(row.actorId(), access::userName);
            byAgreement.computeIfAbsent(row.agreementId(), id -> new ArrayList<>()).add(new AgreementHistoryEntry(
                    row.agreementId(), row.kind(), row.note(), row.oldDueOn(), row.newDueOn(), actor,
                    LocalDateTime.ofInstant(row.at(), FollowupAccess.ZONE)));
        }
        return byAgreement;
    }

    private static String name(Map<Long, AgendaPerson> people, long participantId) {
        AgendaPerson person = people.get(participantId);
        return person == null ? "?" : person.name();
    }
}
