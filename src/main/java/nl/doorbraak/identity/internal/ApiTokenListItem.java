package nl.doorbraak.identity.internal;

import java.time.Instant;

/** One token as the owner sees it in the list: never the secret. */
public record ApiTokenListItem(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public String shownPrefix() {
        return ApiTokenSecrets.shownPrefix(prefix);
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public boolean isExpiredAt(Instant now) {
        return !expiresAt.isAfter(now);
    }
}
