package nl.doorbraak.proposals.internal;

import java.time.LocalDate;
import java.util.List;

/** One demo proposal: who owns it, what it says, its themes and organisations (by code) and the steps after it. */
record DemoProposal(String owner, ProposalKind kind, String title, String description, List<String> themes,
        List<String> organisations, LocalDate submittedOn, List<Step> steps) {

    record Step(ProposalStatus status, LocalDate on, String organisation, String note) {
    }
}
