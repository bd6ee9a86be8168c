package nl.doorbraak.leertafel.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads behind a table's case list and a case's sessions. The list asks the database for exactly the cases the
 * viewer may see ({@link LeertafelCaseRules#maySee}): own cases, and submitted ones for coordinators and chairs, or
 * for members once a session that discusses them is at most a week away.
 */
@Repository
class LeertafelCaseQueries {

    private final JdbcClient jdbc;

    LeertafelCaseQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LeertafelCaseListItem> visible(LeertafelTable table, long viewerId, boolean seesAllSubmitted,
            boolean member, LocalDateTime now) {
        return jdbc.sql("""
                select c.id, c.title, c.status, c.origin, c.author_user_id = :viewer as mine, c.age_band, c.school_type,
                       c.sector, c.out_of_school_band, c.process_band,
                       array(select s.starts_at from leertafel_agenda_item a join leertafel_session s on s.id = a.session_id
                             where a.leertafel_case_id = c.id and s.status <> 'GEANNULEERD' order by s.starts_at) as sessions
                from leertafel_case c
                where c.region_slug = :region and c.table_code = :table
                  and (c.author_user_id = :viewer
                       or c.status = 'INGEDIEND' and (:all or :member and exists (
                           select 1 from leertafel_agenda_item a join leertafel_session s on s.id = a.session_id
                           where a.leertafel_case_id = c.id and s.status <> 'GEANNULEERD'
                             and s.starts_at < :until)))
                order by c.status, c.id desc""")
                .param("region", table.regionSlug()).param("table", table.code()).param("viewer", viewerId)
                .param("all", seesAllSubmitted).param("member", member)
                .param("until", SessionPreparation.opensUntil(now.toLocalDate()))
                .query((rs, n) -> new LeertafelCaseListItem(rs.getLong("id"), rs.getString("title"),
                        rs.getString("status"), rs.getString("origin"), rs.getBoolean("mine"), rs.getString("age_band"),
                        rs.getString("school_type"), rs.getString("sector"), rs.getString("out_of_school_band"),
                        rs.getString("process_band"), times((Object[]) rs.getArray("sessions").getArray())))
                .list();
    }

    /** The sessions (not cancelled) with this case on the agenda, soonest first. */
    List<LocalDateTime> sessionsOf(long caseId) {
        return jdbc.sql("""
                select s.starts_at from leertafel_agenda_item a join leertafel_session s on s.id = a.session_id
                where a.leertafel_case_id = ? and s.status <> 'GEANNULEERD' order by s.starts_at""").param(caseId)
                .query(LocalDateTime.class).list();
    }

    private static List<LocalDateTime> times(Object[] values) {
        return Arrays.stream(values).map(v -> ((Timestamp) v).toLocalDateTime()).toList();
    }
}
