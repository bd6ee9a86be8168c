package nl.doorbraak.leertafel.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The memberships of leertafels (table leertafel_member), with each member's name as the app shows it. */
@Repository
class MemberRepository {

    private static final String SELECT = """
            select m.id, m.user_id, u.display_name, m.discipline, m.sector, m.since, m.until
            from leertafel_member m join app_user u on u.id = m.user_id
            """;

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Current and former members, current first, each group by name. */
    List<Member> all(LeertafelTable table) {
        return jdbc.sql(SELECT + """
                where m.region_slug = :region and m.table_code = :table
                order by m.until is not null, lower(u.display_name), m.id""")
                .param("region", table.regionSlug()).param("table", table.code()).query(MemberRepository::map).list();
    }

    List<Member> current(LeertafelTable table) {
        return all(table).stream().filter(Member::current).toList();
    }

    Optional<Member> find(LeertafelTable table, long memberId) {
        return jdbc.sql(SELECT + " where m.region_slug = :region and m.table_code = :table and m.id = :id")
                .param("region", table.regionSlug()).param("table", table.code()).param("id", memberId)
                .query(MemberRepository::map).optional();
    }

    long insert(LeertafelTable table, long userId, String discipline, MemberSector sector, LocalDate since, long by,
            Instant at) {
        return jdbc.sql("""
                insert into leertafel_member (region_slug, table_code, user_id, discipline, sector, since, added_by, added_at)
                values (:region, :table, :user, :discipline, :sector, :since, :by, :at) returning id""")
                .param("region", table.regionSlug()).param("table", table.code()).param("user", userId)
                .param("discipline", discipline).param("sector", sector.name()).param("since", since)
                .param("by", by).param("at", java.sql.Timestamp.from(at)).query(Long.class).single();
    }

    void end(long memberId, LocalDate until) {
        jdbc.sql("update leertafel_member set until = ? where id = ? and until is null").params(until, memberId).update();
    }

    private static Member map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        java.sql.Date until = rs.getDate("until");
        return new Member(rs.getLong("id"), rs.getLong("user_id"), rs.getString("display_name"),
                rs.getString("discipline"), MemberSector.valueOf(rs.getString("sector")),
                rs.getDate("since").toLocalDate(), until == null ? null : until.toLocalDate());
    }
}
