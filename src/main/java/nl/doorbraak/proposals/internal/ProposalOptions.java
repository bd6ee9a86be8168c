package nl.doorbraak.proposals.internal;

import java.util.List;

/** What the new-proposal form offers: the region's active themes, who may own it and the organisations to ask. */
public record ProposalOptions(LeertafelRef table, List<NamedRef> themes, List<NamedRef> owners,
        List<NamedRef> organisations) {
}
