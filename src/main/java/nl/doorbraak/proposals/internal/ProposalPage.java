package nl.doorbraak.proposals.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One proposal with its history, and what the viewer may do with it. */
public record ProposalPage(LeertafelRef table, long id, ProposalKind kind, String title, String description,
        String ownerName, ProposalStatus status, LocalDate statusSince, Instant createdAt, List<String> themes,
        List<NamedRef> organisations, List<DecisionRow> decisions, boolean mayDecide,
        List<ProposalStatus> otherStatuses, List<NamedRef> regionOrganisations) {

    public boolean open() {
        return status.open();
    }

    public List<ProposalStatus> next() {
        return List.copyOf(status.next());
    }
}
