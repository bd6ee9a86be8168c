package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agenda points of sessions (table leertafel_agenda_item), in order, with the titles of the cases on them. */
@Repository
class AgendaRepository {

    /** A pickable case: a submitted anonymous case of the table, by its title only. */
    record PickableCase(long id, String title) {
    }

    private final JdbcClient jdbc;

    AgendaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgendaPoint> points(long sessionId) {
        return jdbc.sql("""
                select a.id, a.position, a.kind, a.leertafel_case_id,
                       coalesce(a.title, c.title, t.name, p.title) as title, a.minutes
                from leertafel_agenda_item a left join leertafel_case c on c.id = a.leertafel_case_id
                     left join theme t on t.id = a.theme_id left join proposal p on p.id = a.proposal_id
                where a.session_id = ? order by a.position, a.id""").param(sessionId)
                .query((rs, n) -> new AgendaPoint(rs.getLong("id"), rs.getInt("position"),
                        AgendaKind.valueOf(rs.getString("kind")), rs.getObject("leertafel_case_id", Long.class),
                        rs.getString("title"), rs.getInt("minutes"))).list();
    }

    Optional<AgendaPoint> point(long sessionId, long pointId) {
        return points(sessionId).stream().filter(p -> p.id() == pointId).findFirst();
    }

    /** Submitted cases of the table that are on no agenda of a session that was not cancelled. */
    List<PickableCase> pickableCases(LeertafelTable table) {
        return jdbc.sql("""
                select c.id, c.title from leertafel_case c
                where c.region_slug = :region and c.table_code = :table and c.status = 'INGEDIEND'
                  and not exists (select 1 from leertafel_agenda_item a join leertafel_session s on s.id = a.session_id
                                  where a.leertafel_case_id = c.id and s.status <> 'GEANNULEERD')
                order by c.submitted_at, c.id""")
                .param("region", table.regionSlug()).param("table", table.code())
                .query((rs, n) -> new PickableCase(rs.getLong("id"), rs.getString("title"))).list();
    }

    long add(long sessionId, AgendaKind kind, Long caseId, String title, int minutes) {
        return add(sessionId, kind, caseId, null, null, title, minutes);
    }

    /** A point at the end of the agenda; exactly the reference its kind needs is set (the schema checks it). */
    long add(long sessionId, AgendaKind kind, Long caseId, Long themeId, Long proposalId, String title, int minutes) {
        return jdbc.sql("""
                insert into leertafel_agenda_item (session_id, position, kind, leertafel_case_id, theme_id, proposal_id,
                    title, minutes)
                values (:session, (select coalesce(max(position) + 1, 0) from leertafel_agenda_item
                                   where session_id = :session), :kind, :case, :theme, :proposal, :title, :minutes)
                returning id""")
                .param("session", sessionId).param("kind", kind.name()).param("case", caseId).param("theme", themeId)
                .param("proposal", proposalId).param("title", title).param("minutes", minutes)
                .query(Long.class).single();
    }

    void remove(long pointId) {
        jdbc.sql("delete from leertafel_agenda_item where id = ?").param(pointId).update();
    }

    void setMinutes(long pointId, int minutes) {
        jdbc.sql("update leertafel_agenda_item set minutes = ? where id = ?").params(minutes, pointId).update();
    }

    /** Renumbers the points in the order given (ids of this session's points). */
    void order(List<Long> pointIds) {
        for (int i = 0; i < pointIds.size(); i++) {
            jdbc.sql("update leertafel_agenda_item set position = ? where id = ?").params(i, pointIds.get(i)).update();
        }
    }
}
