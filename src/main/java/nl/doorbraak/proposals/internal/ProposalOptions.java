package nl.doorbraak.proposals.internal;

import java.util.List;
import java.util.Set;

/** What the new-proposal form offers: the region's active themes, who may own it and the organisations to ask; the
 * partners (not schools) whose names a proposal may mention. */
public record ProposalOptions(LeertafelRef table, List<NamedRef> themes, List<NamedRef> owners,
        List<NamedRef> organisations, Set<String> partnerNames) {
}
