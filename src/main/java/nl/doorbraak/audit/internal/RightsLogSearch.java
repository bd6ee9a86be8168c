package nl.doorbraak.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The audit rows about rights on accounts, newest first with keyset paging (never OFFSET), on the partial index
 * {@code audit_log_rights_idx} of V22: page 1 and page 10 000 cost the same, however large the log grows.
 */
@Component
public class RightsLogSearch {

    /** Must stay equal to the list in the index's where clause (V22), or the planner cannot use the index. */
    public static final List<String> ACTIONS = List.of("GEBRUIKER_AANGEMAAKT", "ROLLEN_GEWIJZIGD", "EMAIL_GEWIJZIGD",
            "WACHTWOORD_GEWIJZIGD", "GEBRUIKER_GEACTIVEERD");
    /** Literals, not parameters: a generic plan can only match a partial index on constants. */
    public static final String RIGHTS = ACTIONS.stream().map(a -> "'" + a + "'").collect(Collectors.joining(", ", "action in (", ")"));
    static final String SELECT = """
            select id, occurred_at, actor, on_behalf_of, actor_role, action, object_type, object_id,
                   subject_ref, client_address, outcome, details
            from audit_log where\s""";
    private static final String OLDER = "occurred_at <= :keyTime and (occurred_at < :keyTime or id < :keyId)";
    private static final String NEWER = "occurred_at >= :keyTime and (occurred_at > :keyTime or id > :keyId)";

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;

    RightsLogSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public AuditPage page(RightsFilter filter, AuditCursor cursor, int size) {
        Optional<Instant> before = timeOf(cursor.before());
        Optional<Instant> after = timeOf(cursor.after());
        List<AuditEntry> rows;
        if (after.isPresent()) {
            rows = new ArrayList<>(select(filter, NEWER, after.get(), cursor.after(), "asc", size));
            Collections.reverse(rows);
        } else {
            rows = select(filter, before.isPresent() ? OLDER : null, before.orElse(null), cursor.before(), "desc", size);
        }
        if (rows.isEmpty() && (before.isPresent() || after.isPresent())) {
            return page(filter, AuditCursor.newest(), size);
        }
        if (rows.isEmpty()) {
            return new AuditPage(List.of(), null, null);
        }
        AuditEntry newest = rows.get(0);
        AuditEntry oldest = rows.get(rows.size() - 1);
        return new AuditPage(rows, exists(filter, OLDER, oldest) ? oldest.id() : null,
                exists(filter, NEWER, newest) ? newest.id() : null);
    }

    private List<AuditEntry> select(RightsFilter filter, String keyset, Instant keyTime, Long keyId, String direction,
            int size) {
        Map<String, Object> params = params(filter, keyTime, keyId);
        return jdbc.sql(SELECT + where(filter, keyset) + " order by occurred_at " + direction + ", id " + direction
                + " limit :limit").params(params).param("limit", size).query((rs, n) -> entry(rs)).list();
    }

    private boolean exists(RightsFilter filter, String keyset, AuditEntry edge) {
        return jdbc.sql("select exists (select 1 from audit_log where " + where(filter, keyset) + ")")
                .params(params(filter, edge.occurredAt(), edge.id())).query(Boolean.class).single();
    }

    /** The query text for a filter; package-visible so a test can ask the planner about it. */
    static String where(RightsFilter filter, String keyset) {
        List<String> clauses = new ArrayList<>(List.of(RIGHTS));
        if (filter.from() != null) {
            clauses.add("occurred_at >= :fromTime");
        }
        if (filter.to() != null) {
            clauses.add("occurred_at < :untilTime");
        }
        if (keyset != null) {
            clauses.add(keyset);
        }
        return String.join(" and ", clauses);
    }

    static Map<String, Object> params(RightsFilter filter, Instant keyTime, Long keyId) {
        Map<String, Object> params = new HashMap<>();
        if (filter.from() != null) {
            params.put("fromTime", startOf(filter.from()));
        }
        if (filter.to() != null) {
            params.put("untilTime", startOf(filter.to().plusDays(1))); // the to-date is inclusive
        }
        if (keyTime != null) {
            params.put("keyTime", keyTime.atOffset(ZoneOffset.UTC));
            params.put("keyId", keyId);
        }
        return params;
    }

    private Optional<Instant> timeOf(Long id) {
        return id == null ? Optional.empty() : jdbc.sql("select occurred_at from audit_log where id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant()).optional();
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(AMSTERDAM).toInstant().atOffset(ZoneOffset.UTC);
    }

    private static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("on_behalf_of"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("subject_ref"), rs.getString("client_address"), rs.getString("outcome"),
                rs.getString("details"));
    }
}
