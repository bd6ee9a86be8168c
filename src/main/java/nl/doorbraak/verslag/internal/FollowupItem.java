package nl.doorbraak.verslag.internal;

import java.util.List;

/** An agreement on the case's page: its owner's name, its history, and what the reader may do with it. */
public record FollowupItem(FollowupAgreement agreement, String ownerName, List<AgreementHistoryEntry> history,
        boolean overdue, boolean mayReport, boolean mayChangeDeadline) {
}
