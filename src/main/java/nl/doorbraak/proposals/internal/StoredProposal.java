package nl.doorbraak.proposals.internal;

import java.time.Instant;

/** A proposal's own row. */
record StoredProposal(long id, String regionSlug, String tableCode, ProposalKind kind, String title,
        String description, long ownerUserId, String ownerName, ProposalStatus status, Instant createdAt) {
}
