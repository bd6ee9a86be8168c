package nl.doorbraak.proposals.internal;

import java.util.List;
import java.util.Map;

import nl.doorbraak.themes.TrendTable;

/**
 * What a leertafel learnt in a period, to carry into the partners' organisations: the themes and their trends
 * (counts below 5 hidden) and the proposals with the decisions of the period. It holds no case text at all.
 */
public record Opbrengst(LeertafelRef table, OpbrengstPeriod period, TrendTable trends, String chartSvg,
        List<Item> proposals, Map<ProposalStatus, Long> statusCounts) {

    /** One proposal: where it stands now, and the steps decided in the period. */
    public record Item(ProposalRow proposal, String description, List<NamedRef> organisations,
            List<DecisionRow> decisions) {
    }
}
