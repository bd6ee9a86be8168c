package nl.doorbraak.escalation.internal;

import java.util.List;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;

/**
 * Who may escalate and resolve. Anyone taking part in a submitted, open case may escalate, and so may the region's
 * coordinators; only those coordinators resolve (the doorzettingsmacht holder's people cannot be told apart yet).
 */
final class EscalationRules {

    private EscalationRules() {
    }

    static boolean mayRaise(CurrentUser user, CaseSummary summary, List<Long> participantIds) {
        boolean submittedAndOpen = summary.status().isOpen() && summary.status() != CaseStatus.CONCEPT;
        return submittedAndOpen && (participantIds.contains(user.id()) || mayResolve(user, summary));
    }

    static boolean mayResolve(CurrentUser user, CaseSummary summary) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(summary.regionSlug());
    }
}
