package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.casefile.CaseSummary;

/** All agreements of a case, open (including problems) and done, and its scenarios. */
public record FollowupCasePage(CaseSummary summary, List<FollowupItem> open, List<FollowupItem> done,
        List<ScenarioItem> scenarios, boolean closed, LocalDate today) {

    public boolean hasAgreements() {
        return !open.isEmpty() || !done.isEmpty();
    }
}
