package nl.doorbraak.calendar;

import java.net.URI;
import java.util.Objects;

/** The agenda link is the one way into the details, so it must point into the application and carry nothing itself. */
final class AgendaLinks {

    private AgendaLinks() {
    }

    static void requireSafe(URI url) {
        Objects.requireNonNull(url, "agendaUrl");
        if (!url.isAbsolute() || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            throw new IllegalArgumentException("agendaUrl must be an absolute http(s) link: " + url);
        }
        if (url.getHost() == null || url.getRawUserInfo() != null) {
            throw new IllegalArgumentException("agendaUrl must name a host and no user: " + url);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new IllegalArgumentException("agendaUrl must not carry a query or fragment: " + url);
        }
    }
}
