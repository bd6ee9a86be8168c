package nl.doorbraak.audit.web;

import nl.doorbraak.common.HtmlTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.audit.internal.AuditEntry;

/** One table row: the entry plus its time as Dutch people read it, in Dutch time, and its roles one by one. */
record AuditRow(AuditEntry entry, String time, String isoTime) {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-uuuu HH:mm:ss", Locale.forLanguageTag("nl"))
            .withZone(AMSTERDAM);

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry, DUTCH.format(entry.occurredAt()), HtmlTime.attribute(entry.occurredAt()));
    }

    /** The actor's role codes, for the page to name each in words. */
    public List<String> roles() {
        return entry.actorRole() == null ? List.of()
                : Arrays.stream(entry.actorRole().split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
