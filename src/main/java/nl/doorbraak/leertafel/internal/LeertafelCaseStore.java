package nl.doorbraak.leertafel.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Writes and reads leertafel_case and its interventions and overrides. Only text that passed the check comes here. */
@Repository
class LeertafelCaseStore {

    private final JdbcClient jdbc;

    LeertafelCaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(LeertafelTable table, String origin, long authorId, LeertafelCaseDraft draft, boolean submit,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        fields(jdbc.sql("""
                insert into leertafel_case (region_slug, table_code, status, origin, author_user_id, title, age_band,
                    school_type, sector, out_of_school_band, process_band, outcome_type, situation, question,
                    created_at, updated_at, submitted_at)
                values (:region, :table, :status, :origin, :author, :title, :age, :schoolType, :sector, :outOfSchool,
                    :process, :outcome, :situation, :question, :now, :now, :submittedAt)"""), draft, submit, now)
                .param("region", table.regionSlug()).param("table", table.code()).param("origin", origin)
                .param("author", authorId)
                .update(key, "id");
        long id = key.getKeyAs(Long.class);
        replaceInterventions(id, draft.interventions());
        return id;
    }

    void update(long id, int version, LeertafelCaseDraft draft, boolean submit, Instant now) {
        int updated = fields(jdbc.sql("""
                update leertafel_case set status = :status, title = :title, age_band = :age, school_type = :schoolType,
                    sector = :sector, out_of_school_band = :outOfSchool, process_band = :process,
                    outcome_type = :outcome, situation = :situation, question = :question, updated_at = :now,
                    submitted_at = :submittedAt, version = version + 1
                where id = :id and version = :version and status = 'CONCEPT'"""), draft, submit, now)
                .param("id", id).param("version", version).update();
        if (updated == 0) {
            throw new OptimisticLockingFailureException("leertafelcasus " + id + " is intussen gewijzigd");
        }
        replaceInterventions(id, draft.interventions());
    }

    void replaceOverrides(long id, List<LeertafelCaseMarking> markings, long by, Instant now) {
        jdbc.sql("delete from leertafel_case_override where leertafel_case_id = ?").param(id).update();
        for (LeertafelCaseMarking marking : markings) {
            jdbc.sql("""
                    insert into leertafel_case_override (leertafel_case_id, field, kind, phrase, reason, marked_by, marked_at)
                    values (?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, marking.field().name(), marking.kind(), marking.phrase(), marking.reason(), by, at(now))
                    .update();
        }
    }

    Optional<LeertafelCaseRow> find(long id) {
        return jdbc.sql("""
                select c.*, u.display_name as author_name from leertafel_case c
                join app_user u on u.id = c.author_user_id where c.id = ?""").param(id)
                .query((rs, n) -> new LeertafelCaseRow(rs.getLong("id"), rs.getString("region_slug"),
                        rs.getString("table_code"), rs.getString("status"), rs.getString("origin"),
                        rs.getLong("author_user_id"), rs.getString("author_name"), rs.getString("title"),
                        rs.getString("age_band"), rs.getString("school_type"), rs.getString("sector"),
                        rs.getString("out_of_school_band"), rs.getString("process_band"), rs.getString("outcome_type"),
                        rs.getString("situation"), rs.getString("question"), instant(rs.getTimestamp("updated_at")),
                        instant(rs.getTimestamp("submitted_at")), rs.getInt("version"), interventions(id),
                        overrides(id)))
                .optional();
    }

    List<String> interventions(long id) {
        return jdbc.sql("select description from leertafel_case_intervention where leertafel_case_id = ? order by position")
                .param(id).query(String.class).list();
    }

    private List<LeertafelCaseRow.Override> overrides(long id) {
        return jdbc.sql("""
                select o.field, o.kind, o.phrase, o.reason, u.display_name, o.marked_at from leertafel_case_override o
                join app_user u on u.id = o.marked_by where o.leertafel_case_id = ? order by o.id""").param(id)
                .query((rs, n) -> new LeertafelCaseRow.Override(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6))))
                .list();
    }

    private void replaceInterventions(long id, List<String> lines) {
        jdbc.sql("delete from leertafel_case_intervention where leertafel_case_id = ?").param(id).update();
        for (int position = 0; position < lines.size(); position++) {
            jdbc.sql("insert into leertafel_case_intervention (leertafel_case_id, position, description) values (?, ?, ?)")
                    .params(id, position, lines.get(position)).update();
        }
    }

    private static JdbcClient.StatementSpec fields(JdbcClient.StatementSpec sql, LeertafelCaseDraft draft,
            boolean submit, Instant now) {
        return sql.param("status", submit ? "INGEDIEND" : "CONCEPT").param("title", draft.title())
                .param("age", draft.ageBand()).param("schoolType", draft.schoolType()).param("sector", draft.sector())
                .param("outOfSchool", draft.outOfSchoolBand()).param("process", draft.processBand())
                .param("outcome", draft.outcomeType()).param("situation", draft.situation())
                .param("question", draft.question()).param("now", at(now))
                .param("submittedAt", submit ? at(now) : null, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
