package nl.doorbraak.mail.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the outbox newest first with keyset paging on id (never OFFSET). */
@Component
class OutboxSearch {

    private static final String COLUMNS = """
            select id, created_at, kind, recipient, subject, body, link_path, attempts, next_attempt_at,
                   sent_at, failed_at, last_error, attachment_filename
            from outbox_mail
            """;

    private final JdbcClient jdbc;

    OutboxSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code status} null means all; {@code before}/{@code after} null means the newest page. */
    OutboxPage page(OutboxStatus status, Long before, Long after, int size) {
        List<OutboxEntry> rows = after != null ? newerThan(status, after, size) : olderThan(status, before, size);
        if (rows.isEmpty() && (before != null || after != null)) {
            return page(status, null, null, size);
        }
        if (rows.isEmpty()) {
            return new OutboxPage(List.of(), null, null);
        }
        long newest = rows.get(0).id();
        long oldest = rows.get(rows.size() - 1).id();
        return new OutboxPage(rows, exists(status, "id < :id", oldest) ? oldest : null,
                exists(status, "id > :id", newest) ? newest : null);
    }

    private List<OutboxEntry> olderThan(OutboxStatus status, Long before, int size) {
        String keyset = before == null ? "true" : "id < :id";
        return select(status, keyset, before, "id desc", size);
    }

    /** Fetched oldest first from the cursor, then turned around so the page still reads newest first. */
    private List<OutboxEntry> newerThan(OutboxStatus status, long after, int size) {
        List<OutboxEntry> rows = new ArrayList<>(select(status, "id > :id", after, "id asc", size));
        Collections.reverse(rows);
        return rows;
    }

    private List<OutboxEntry> select(OutboxStatus status, String keyset, Long id, String order, int size) {
        return jdbc.sql(COLUMNS + " where " + where(status, keyset) + " order by " + order + " limit :limit")
                .param("id", id).param("limit", size).query((rs, n) -> entry(rs)).list();
    }

    private boolean exists(OutboxStatus status, String keyset, long id) {
        return jdbc.sql("select exists (select 1 from outbox_mail where " + where(status, keyset) + ")")
                .param("id", id).query(Boolean.class).single();
    }

    private static String where(OutboxStatus status, String keyset) {
        return status == null ? keyset : "(" + status.condition() + ") and " + keyset;
    }

    private static OutboxEntry entry(ResultSet rs) throws SQLException {
        return new OutboxEntry(rs.getLong("id"), instant(rs, "created_at"), rs.getString("kind"),
                rs.getString("recipient"), rs.getString("subject"), rs.getString("body"), rs.getString("link_path"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), instant(rs, "sent_at"),
                instant(rs, "failed_at"), rs.getString("last_error"),
                rs.getString("attachment_filename"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
