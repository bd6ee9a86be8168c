package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Set;

import nl.doorbraak.casefile.CoordinatorReach;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Component;

/** Which cases of a meeting's agenda a coordinator reaches, asked of the casefile's need-to-know rule. */
@Component
class MeetingReach {

    private final CoordinatorReach reach;

    MeetingReach(CoordinatorReach reach) {
        this.reach = reach;
    }

    Set<Long> reached(CurrentUser user, Meeting meeting, List<AgendaItem> items) {
        if (!MeetingAudience.coordinatesRegion(user, meeting)) {
            return Set.of();
        }
        return reach.casesReached(user, items.stream().map(AgendaItem::caseId).toList());
    }

    boolean manages(CurrentUser user, Meeting meeting, List<AgendaItem> items) {
        return MeetingAudience.manages(user, meeting, items, reached(user, meeting, items));
    }
}
