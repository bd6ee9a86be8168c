package nl.doorbraak.identity.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.doorbraak.identity.internal.ApiTokenListItem;

/** One token in the list, with Dutch dates and a status message key. */
record ApiTokenRow(long id, String name, String prefix, String created, String expires, String lastUsed,
        String statusKey, boolean revocable) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm", Locale.forLanguageTag("nl"))
            .withZone(AMSTERDAM);

    static ApiTokenRow of(ApiTokenListItem item, Instant now) {
        String statusKey = item.isRevoked() ? "token.status.revoked"
                : item.isExpiredAt(now) ? "token.status.expired" : "token.status.active";
        return new ApiTokenRow(item.id(), item.name(), item.shownPrefix(), DUTCH.format(item.createdAt()),
                DUTCH.format(item.expiresAt()), item.lastUsedAt() == null ? null : DUTCH.format(item.lastUsedAt()),
                statusKey, !item.isRevoked() && !item.isExpiredAt(now));
    }

    static String format(Instant instant) {
        return DUTCH.format(instant);
    }
}
