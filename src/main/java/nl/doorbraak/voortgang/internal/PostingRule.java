package nl.doorbraak.voortgang.internal;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The regiehouder and the region's coordinators post progress, while the case is in execution; for a regiehouder
 * without an account a coordinator posts on their behalf.
 */
@Component
class PostingRule {

    private final ProgressReadModel reads;

    PostingRule(ProgressReadModel reads) {
        this.reads = reads;
    }

    boolean mayPost(CurrentUser user, CaseSummary summary) {
        if (summary.status() != CaseStatus.IN_UITVOERING) {
            return false;
        }
        return isCoordinator(user, summary) || reads.isRegiehouder(summary.id(), user.id());
    }

    /** A coordinator of the case's region, who may post on behalf of a regiehouder without an account. */
    boolean isCoordinator(CurrentUser user, CaseSummary summary) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(summary.regionSlug());
    }
}
