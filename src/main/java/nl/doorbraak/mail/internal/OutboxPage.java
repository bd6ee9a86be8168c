package nl.doorbraak.mail.internal;

import java.util.List;

/** One page of the outbox, newest first; {@code olderThan}/{@code newerThan} are the ids to page from, or null. */
public record OutboxPage(List<OutboxEntry> entries, Long olderThan, Long newerThan) {
}
