package nl.doorbraak.proposals;

import java.time.LocalDate;

/**
 * One proposal as other modules show it (e.g. the standing follow-up on a session's agenda): no description.
 * {@code kind} is VERBETERVOORSTEL or BELEIDSVOORSTEL; {@code status} one of INGEDIEND, IN_BEHANDELING, AANGENOMEN,
 * AFGEWEZEN, INGEVOERD; {@code statusSince} the date of the decision that gave it this status.
 */
public record ProposalSummary(long id, String kind, String title, String status, LocalDate statusSince,
        String ownerName) {
}
