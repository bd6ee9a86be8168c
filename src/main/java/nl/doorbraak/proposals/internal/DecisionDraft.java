package nl.doorbraak.proposals.internal;

import java.time.LocalDate;

/** A decision as the form gives it: the new status, on which day, by which organisation (optional) and a note. */
public record DecisionDraft(ProposalStatus status, LocalDate decidedOn, Long organisationId, String note) {
}
