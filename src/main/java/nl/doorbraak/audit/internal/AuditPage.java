package nl.doorbraak.audit.internal;

import java.util.List;

/**
 * One page of the log, newest first. {@code olderThan}/{@code newerThan} hold the id to page from,
 * or null when there is nothing further in that direction.
 */
public record AuditPage(List<AuditEntry> entries, Long olderThan, Long newerThan) {

    public boolean hasOlder() {
        return olderThan != null;
    }

    public boolean hasNewer() {
        return newerThan != null;
    }
}
