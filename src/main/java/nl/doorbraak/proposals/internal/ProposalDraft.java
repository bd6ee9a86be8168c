package nl.doorbraak.proposals.internal;

import java.time.LocalDate;
import java.util.List;

/** A new proposal as the form gives it, checked by {@link ProposalService}. */
public record ProposalDraft(ProposalKind kind, String title, String description, List<Long> themeIds, long ownerUserId,
        List<Long> organisationIds, LocalDate submittedOn) {

    public ProposalDraft {
        themeIds = List.copyOf(themeIds);
        organisationIds = List.copyOf(organisationIds);
    }
}
