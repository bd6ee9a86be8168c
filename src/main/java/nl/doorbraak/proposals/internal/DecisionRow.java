package nl.doorbraak.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One step in a proposal's history: the status it got, the day it was decided, by whom, recorded by whom and when. */
public record DecisionRow(long id, long proposalId, ProposalStatus status, LocalDate decidedOn, String organisationName,
        String note, String recordedBy, Instant recordedAt) {
}
