package nl.doorbraak.audit.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the where clause for one search: each filter adds its own condition and parameters,
 * and each one matches an index so the search stays fast on millions of rows.
 */
final class AuditConditions {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final List<String> clauses = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();

    static AuditConditions of(AuditFilter filter) {
        AuditConditions conditions = new AuditConditions();
        conditions.equal("actor", filter.actor());
        conditions.equal("action", filter.action());
        conditions.equal("object_type", filter.objectType());
        conditions.equal("object_id", filter.objectId());
        conditions.equal("outcome", filter.outcome() == null ? null : filter.outcome().name());
        conditions.fromDay(filter.from());
        conditions.throughDay(filter.to());
        return conditions;
    }

    private void equal(String column, String value) {
        if (value != null) {
            clauses.add(column + " = :" + column);
            params.put(column, value);
        }
    }

    private void fromDay(LocalDate day) {
        if (day != null) {
            clauses.add("occurred_at >= :fromTime");
            params.put("fromTime", startOf(day));
        }
    }

    /** The to-date is inclusive, so the bound is the start of the next day. */
    private void throughDay(LocalDate day) {
        if (day != null) {
            clauses.add("occurred_at < :untilTime");
            params.put("untilTime", startOf(day.plusDays(1)));
        }
    }

    /** Rows after the given one in newest-first order; ties in time are broken by id. */
    AuditConditions olderThan(Keyset keyset) {
        clauses.add("occurred_at <= :keyTime and (occurred_at < :keyTime or id < :keyId)");
        return withKey(keyset);
    }

    AuditConditions newerThan(Keyset keyset) {
        clauses.add("occurred_at >= :keyTime and (occurred_at > :keyTime or id > :keyId)");
        return withKey(keyset);
    }

    private AuditConditions withKey(Keyset keyset) {
        params.put("keyTime", utc(keyset.occurredAt()));
        params.put("keyId", keyset.id());
        return this;
    }

    String where() {
        return clauses.isEmpty() ? "" : "where " + String.join(" and ", clauses);
    }

    Map<String, Object> params() {
        return params;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return utc(day.atStartOfDay(AMSTERDAM).toInstant());
    }

    /** The PostgreSQL driver binds OffsetDateTime, not Instant. */
    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** The position of one row in newest-first order. */
    record Keyset(Instant occurredAt, long id) {
    }
}
