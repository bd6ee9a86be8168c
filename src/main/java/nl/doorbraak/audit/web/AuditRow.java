package nl.doorbraak.audit.web;

import nl.doorbraak.common.DutchTime;
import nl.doorbraak.common.HtmlTime;
import java.util.Arrays;
import java.util.List;

import nl.doorbraak.audit.internal.AuditEntry;

/** One table row: the entry plus its time as Dutch people read it, in Dutch time, and its roles one by one. */
record AuditRow(AuditEntry entry, String time, String isoTime) {

    static AuditRow of(AuditEntry entry) {
        return new AuditRow(entry, DutchTime.showDateTimeSeconds(entry.occurredAt()), HtmlTime.attribute(entry.occurredAt()));
    }

    /** The actor's role codes, for the page to name each in words. */
    public List<String> roles() {
        return entry.actorRole() == null ? List.of()
                : Arrays.stream(entry.actorRole().split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }
}
