package nl.doorbraak.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import nl.doorbraak.mail.MailAttachment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sender's side of {@code outbox_mail}. Every method is its own short transaction: a claim is a lease
 * ({@code next_attempt_at} moved ahead), so no transaction stays open while the mail server is talked to.
 */
@Component
class OutboxStore {

    private static final String DUE = "sent_at is null and failed_at is null and next_attempt_at <= :now";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Takes up to {@code limit} due mails and leases them until {@code leaseUntil}. {@code skip locked} lets
     * several app instances claim at the same moment without ever getting the same row.
     */
    @Transactional
    List<QueuedMail> claimDue(Instant now, Instant leaseUntil, int limit, int maxAttempts) {
        giveUpOnInterrupted(now, maxAttempts);
        return jdbc.sql("""
                update outbox_mail set next_attempt_at = :leaseUntil, attempts = attempts + 1
                where id in (select id from outbox_mail where %s and attempts < :max
                             order by next_attempt_at, id limit :limit for update skip locked)
                returning id, recipient, subject, body, link_path, attempts,
                          attachment_filename, attachment_content_type, attachment_content
                """.formatted(DUE))
                .param("now", at(now)).param("leaseUntil", at(leaseUntil)).param("limit", limit).param("max", maxAttempts)
                .query((rs, n) -> new QueuedMail(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"),
                        rs.getString("body"), rs.getString("link_path"), rs.getInt("attempts"), attachment(rs)))
                .list().stream().sorted((a, b) -> Long.compare(a.id(), b.id())).toList();
    }

    private static MailAttachment attachment(ResultSet rs) throws SQLException {
        String filename = rs.getString("attachment_filename");
        return filename == null ? null
                : new MailAttachment(filename, rs.getString("attachment_content_type"), rs.getString("attachment_content"));
    }

    /** A mail whose every attempt was cut short (a crash mid-send) would otherwise be retried forever. */
    private void giveUpOnInterrupted(Instant now, int maxAttempts) {
        jdbc.sql("""
                update outbox_mail set failed_at = :now, last_error = 'Verzenden steeds onderbroken'
                where id in (select id from outbox_mail where %s and attempts >= :max for update skip locked)
                """.formatted(DUE))
                .param("now", at(now)).param("max", maxAttempts).update();
    }

    @Transactional
    void markSent(long id, Instant now) {
        jdbc.sql("update outbox_mail set sent_at = :now where id = :id and sent_at is null and failed_at is null")
                .param("now", at(now)).param("id", id).update();
    }

    @Transactional
    void markRetryLater(long id, String error, Instant nextAttempt) {
        jdbc.sql("""
                update outbox_mail set last_error = :error, next_attempt_at = :next
                where id = :id and sent_at is null and failed_at is null
                """)
                .param("error", error).param("next", at(nextAttempt)).param("id", id).update();
    }

    @Transactional
    void markFailed(long id, String error, Instant now) {
        jdbc.sql("""
                update outbox_mail set last_error = :error, failed_at = :now
                where id = :id and sent_at is null and failed_at is null
                """)
                .param("error", error).param("now", at(now)).param("id", id).update();
    }

    /** Puts a failed mail back in the queue with a fresh set of attempts; false if it had not failed. */
    boolean requeueFailed(long id, Instant now) {
        return jdbc.sql("""
                update outbox_mail set failed_at = null, attempts = 0, next_attempt_at = :now
                where id = :id and failed_at is not null
                """)
                .param("now", at(now)).param("id", id).update() == 1;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
