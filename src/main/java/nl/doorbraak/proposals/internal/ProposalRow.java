package nl.doorbraak.proposals.internal;

import java.time.LocalDate;
import java.util.List;

/** One proposal in a list: what it is, what it answers, who owns it and where it stands since when. */
public record ProposalRow(long id, ProposalKind kind, String title, ProposalStatus status, LocalDate statusSince,
        long ownerUserId, String ownerName, List<String> themes) {

    public ProposalRow {
        themes = List.copyOf(themes);
    }

    public boolean open() {
        return status.open();
    }
}
