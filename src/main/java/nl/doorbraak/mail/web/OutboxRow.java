package nl.doorbraak.mail.web;

import nl.doorbraak.common.DutchTime;
import nl.doorbraak.common.HtmlTime;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import nl.doorbraak.mail.AccountAddresses;
import nl.doorbraak.mail.internal.OutboxEntry;
import nl.doorbraak.mail.internal.OutboxStatus;

/**
 * One mail as the administrator may see it: what is needed to repair a delivery (domain, status, attempts, error,
 * retry), not which family is invited to which table. This is the one place of that rule:
 * <ul>
 * <li>the address is shown whole only when it belongs to an account, which the administrator manages anyway; any
 * other address (a parent, an ad hoc participant) is masked to its first character and its domain;</li>
 * <li>subject, text and link are shown only for mail to an account that carries no file: a file is a meeting's
 * calendar invitation, whose subject and text name the table and its date.</li>
 * </ul>
 * The template only gets these fields, never the stored mail.
 */
record OutboxRow(long id, String created, String isoCreated, String kind, String recipient, boolean contentShown,
        String subject, List<String> bodyLines, String linkPath, boolean hasAttachment, OutboxStatus status,
        int attempts, String nextAttempt, boolean retryable, String lastError) {

    static List<OutboxRow> forAdministrator(List<OutboxEntry> entries, AccountAddresses accounts) {
        Set<String> known = entries.isEmpty() ? Set.of()
                : accounts.accountsAmong(entries.stream().map(OutboxEntry::recipient).toList());
        return entries.stream().map(e -> of(e, known.contains(e.recipient().toLowerCase(Locale.ROOT)))).toList();
    }

    static OutboxRow of(OutboxEntry e, boolean toAccount) {
        boolean contentShown = toAccount && !e.hasAttachment();
        // Only a mail that already failed once has a next attempt worth mentioning.
        boolean retrying = e.sentAt() == null && e.failedAt() == null && e.attempts() > 0;
        return new OutboxRow(e.id(), DutchTime.showDateTime(e.createdAt()), HtmlTime.attribute(e.createdAt()), e.kind(),
                toAccount ? e.recipient() : mask(e.recipient()), contentShown, contentShown ? e.subject() : null,
                contentShown ? e.body().lines().filter(line -> !line.isBlank()).toList() : List.of(),
                contentShown ? e.linkPath() : null, e.hasAttachment(), e.status(), e.attempts(),
                retrying ? format(e.nextAttemptAt()) : null, e.failedAt() != null, e.lastError());
    }

    /** {@code ouder@example.nl} becomes {@code o***@example.nl}: the domain is what a delivery problem is about. */
    static String mask(String address) {
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            return "***";
        }
        return address.substring(0, address.offsetByCodePoints(0, 1)) + "***" + address.substring(at);
    }

    private static String format(Instant instant) {
        return instant == null ? null : DutchTime.showDateTime(instant);
    }

    public String statusParam() {
        return status.param();
    }

    public boolean showNextAttempt() {
        return nextAttempt != null;
    }
}
