package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.casefile.LooseEnd;

/**
 * The outcome and durations part of a case page, and whether this user may close or reopen the case or offer the
 * closed case to the region's leertafel; on the closing page also what is still open for the case and ends with it.
 */
public record ClosurePanel(long caseId, Optional<CaseOutcome> outcome, CaseDurations durations, boolean mayClose,
        boolean mayReopen, boolean mayOfferToLeertafel, List<LooseEnd> looseEnds) {

    public ClosurePanel {
        looseEnds = List.copyOf(looseEnds);
    }

    ClosurePanel withLooseEnds(List<LooseEnd> open) {
        return new ClosurePanel(caseId, outcome, durations, mayClose, mayReopen, mayOfferToLeertafel, open);
    }

    /** The loose ends of one kind, for the closing page's lists. */
    public List<LooseEnd> looseEnds(String kind) {
        return looseEnds.stream().filter(end -> end.kind().name().equals(kind)).toList();
    }
}
