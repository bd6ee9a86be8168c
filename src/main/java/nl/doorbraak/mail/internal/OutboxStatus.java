package nl.doorbraak.mail.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a mail is: still to be sent (possibly after failed attempts), sent, or given up on. */
public enum OutboxStatus {
    WACHTEND("sent_at is null and failed_at is null"),
    VERZONDEN("sent_at is not null"),
    MISLUKT("failed_at is not null");

    private final String condition;

    OutboxStatus(String condition) {
        this.condition = condition;
    }

    String condition() {
        return condition;
    }

    /** The value in the page's address, e.g. {@code mislukt}. */
    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<OutboxStatus> fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param().equals(value)).findFirst();
    }
}
