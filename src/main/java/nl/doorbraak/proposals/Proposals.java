package nl.doorbraak.proposals;

import java.util.List;

/** The proposals of a leertafel, for other modules. Callers check access to the leertafel themselves. */
public interface Proposals {

    /**
     * The open proposals of the table (not INGEVOERD and not AFGEWEZEN), oldest first: they are followed up in every
     * session until they are ingevoerd or afgewezen.
     */
    List<ProposalSummary> openOf(String regionSlug, String tableCode);
}
