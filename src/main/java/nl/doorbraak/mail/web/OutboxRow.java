package nl.doorbraak.mail.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.mail.internal.OutboxEntry;

/** One table row: the entry with its times as Dutch people read them, and its text split into lines. */
record OutboxRow(OutboxEntry entry, String created, String isoCreated, String nextAttempt, List<String> bodyLines) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm", Locale.forLanguageTag("nl"))
            .withZone(AMSTERDAM);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(AMSTERDAM);

    static OutboxRow of(OutboxEntry entry) {
        return new OutboxRow(entry, DUTCH.format(entry.createdAt()), ISO.format(entry.createdAt()),
                format(entry.nextAttemptAt()), entry.body().lines().filter(line -> !line.isBlank()).toList());
    }

    private static String format(Instant instant) {
        return instant == null ? null : DUTCH.format(instant);
    }

    public String statusParam() {
        return entry.status().param();
    }

    public boolean retryable() {
        return entry.failedAt() != null;
    }

    /** Only a mail that already failed once has a next attempt worth mentioning. */
    public boolean showNextAttempt() {
        return entry.sentAt() == null && entry.failedAt() == null && entry.attempts() > 0;
    }
}
