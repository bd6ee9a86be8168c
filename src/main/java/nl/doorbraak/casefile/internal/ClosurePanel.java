package nl.doorbraak.casefile.internal;

import java.util.Optional;

/** The outcome and durations part of a case page, and whether this user may close or reopen the case. */
public record ClosurePanel(long caseId, Optional<CaseOutcome> outcome, CaseDurations durations, boolean mayClose,
        boolean mayReopen) {
}
