package nl.doorbraak.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javax.sql.DataSource;

import nl.doorbraak.audit.internal.AuditConditions.Keyset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the audit log newest first with keyset paging (never OFFSET), so page 1 and page 10 000 cost the same.
 * Callers hold the transaction; streaming needs one, because PostgreSQL only fetches in batches inside a transaction.
 */
@Component
public class AuditLogSearch {

    private static final String COLUMNS = """
            select id, occurred_at, actor, on_behalf_of, actor_role, action, object_type, object_id,
                   subject_ref, client_address, outcome, details
            from audit_log
            """;
    private static final String NEWEST_FIRST = " order by occurred_at desc, id desc limit :limit";
    private static final String OLDEST_FIRST = " order by occurred_at asc, id asc limit :limit";

    private final JdbcClient jdbc;

    public AuditLogSearch(DataSource dataSource) {
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(500);
        this.jdbc = JdbcClient.create(template);
    }

    public AuditPage page(AuditFilter filter, AuditCursor cursor, int size) {
        Optional<Keyset> before = keysetOf(cursor.before());
        Optional<Keyset> after = keysetOf(cursor.after());
        List<AuditEntry> rows = after.isPresent() ? newerPage(filter, after.get(), size)
                : olderPage(filter, before.orElse(null), size);
        if (rows.isEmpty() && (before.isPresent() || after.isPresent())) {
            return page(filter, AuditCursor.newest(), size);
        }
        return withLinks(filter, rows);
    }

    /** Calls the consumer for at most {@code max} rows, newest first, without holding them all in memory. */
    public void forEach(AuditFilter filter, int max, Consumer<AuditEntry> consumer) {
        AuditConditions conditions = AuditConditions.of(filter);
        jdbc.sql(COLUMNS + conditions.where() + NEWEST_FIRST).params(conditions.params()).param("limit", max)
                .query((RowCallbackHandler) rs -> consumer.accept(entry(rs)));
    }

    private List<AuditEntry> olderPage(AuditFilter filter, Keyset keyset, int size) {
        AuditConditions conditions = AuditConditions.of(filter);
        if (keyset != null) {
            conditions.olderThan(keyset);
        }
        return select(conditions, NEWEST_FIRST, size);
    }

    /** Fetched oldest first from the cursor, then turned around so the page still reads newest first. */
    private List<AuditEntry> newerPage(AuditFilter filter, Keyset keyset, int size) {
        List<AuditEntry> rows = new ArrayList<>(select(AuditConditions.of(filter).newerThan(keyset), OLDEST_FIRST, size));
        Collections.reverse(rows);
        return rows;
    }

    /** A link is offered only when a matching row lies beyond that edge of the page: two cheap index probes. */
    private AuditPage withLinks(AuditFilter filter, List<AuditEntry> rows) {
        if (rows.isEmpty()) {
            return new AuditPage(List.of(), null, null);
        }
        AuditEntry newest = rows.get(0);
        AuditEntry oldest = rows.get(rows.size() - 1);
        boolean hasNewer = exists(AuditConditions.of(filter).newerThan(keysetOf(newest)));
        boolean hasOlder = exists(AuditConditions.of(filter).olderThan(keysetOf(oldest)));
        return new AuditPage(rows, hasOlder ? oldest.id() : null, hasNewer ? newest.id() : null);
    }

    private List<AuditEntry> select(AuditConditions conditions, String order, int limit) {
        return jdbc.sql(COLUMNS + conditions.where() + order).params(conditions.params()).param("limit", limit)
                .query((rs, n) -> entry(rs)).list();
    }

    private boolean exists(AuditConditions conditions) {
        return jdbc.sql("select exists (select 1 from audit_log " + conditions.where() + ")")
                .params(conditions.params()).query(Boolean.class).single();
    }

    private Optional<Keyset> keysetOf(Long id) {
        if (id == null) {
            return Optional.empty();
        }
        return jdbc.sql("select occurred_at from audit_log where id = :id").param("id", id)
                .query((rs, n) -> new Keyset(rs.getObject(1, OffsetDateTime.class).toInstant(), id)).optional();
    }

    private static Keyset keysetOf(AuditEntry entry) {
        return new Keyset(entry.occurredAt(), entry.id());
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("on_behalf_of"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("subject_ref"), rs.getString("client_address"), rs.getString("outcome"),
                rs.getString("details"));
    }
}
