package nl.doorbraak.audit.web;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import nl.doorbraak.audit.internal.AuditEntry;

/** One table row: the entry plus its time as Dutch people read it, in Dutch time. */
record AuditRow(AuditEntry entry, String time, String isoTime) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm:ss", Locale.forLanguageTag("nl"))
            .withZone(AMSTERDAM);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(AMSTERDAM);

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry, DUTCH.format(entry.occurredAt()), ISO.format(entry.occurredAt()));
    }
}
