package nl.doorbraak.identity.web;

import nl.doorbraak.common.DutchTime;
import java.time.Instant;

import nl.doorbraak.identity.internal.ApiTokenListItem;

/** One token in the list, with Dutch dates and a status message key. */
record ApiTokenRow(long id, String name, String prefix, String created, String expires, String lastUsed,
        String statusKey, boolean revocable) {

    static ApiTokenRow of(ApiTokenListItem item, Instant now) {
        String statusKey = item.isRevoked() ? "token.status.revoked"
                : item.isExpiredAt(now) ? "token.status.expired" : "token.status.active";
        return new ApiTokenRow(item.id(), item.name(), item.shownPrefix(), DutchTime.showDateTime(item.createdAt()),
                DutchTime.showDateTime(item.expiresAt()), item.lastUsedAt() == null ? null : DutchTime.showDateTime(item.lastUsedAt()),
                statusKey, !item.isRevoked() && !item.isExpiredAt(now));
    }

    static String format(Instant instant) {
        return DutchTime.showDateTime(instant);
    }
}
