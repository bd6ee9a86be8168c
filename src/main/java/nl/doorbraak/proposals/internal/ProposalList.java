package nl.doorbraak.proposals.internal;

import java.util.List;

/** The proposals of a leertafel as the list shows them, with the filters applied. */
public record ProposalList(LeertafelRef table, List<ProposalRow> rows, boolean mayPropose, String statusFilter,
        ProposalKind kindFilter) {
}
