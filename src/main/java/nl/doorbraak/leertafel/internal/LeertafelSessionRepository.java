package nl.doorbraak.leertafel.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sessions of leertafels (table leertafel_session) with the chair's name. */
@Repository
class LeertafelSessionRepository {

    private static final String SELECT = """
            select s.id, s.region_slug, s.table_code, s.starts_at, s.ends_at, s.location, s.chair_user_id,
                   u.display_name as chair_name, s.status, s.notes, s.sequence, s.invited_at
            from leertafel_session s left join app_user u on u.id = s.chair_user_id
            """;

    private final JdbcClient jdbc;

    LeertafelSessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Newest first. */
    List<LeertafelSession> of(LeertafelTable table) {
        return jdbc.sql(SELECT + " where s.region_slug = :region and s.table_code = :table order by s.starts_at desc")
                .param("region", table.regionSlug()).param("table", table.code()).query(LeertafelSessionRepository::map).list();
    }

    Optional<LeertafelSession> find(LeertafelTable table, long id) {
        return jdbc.sql(SELECT + " where s.region_slug = :region and s.table_code = :table and s.id = :id")
                .param("region", table.regionSlug()).param("table", table.code()).param("id", id)
                .query(LeertafelSessionRepository::map).optional();
    }

    /** The first planned session that has not ended yet. */
    Optional<LeertafelSession> next(LeertafelTable table, LocalDateTime now) {
        return jdbc.sql(SELECT + """
                 where s.region_slug = :region and s.table_code = :table and s.status = 'GEPLAND' and s.ends_at > :now
                 order by s.starts_at limit 1""")
                .param("region", table.regionSlug()).param("table", table.code()).param("now", now)
                .query(LeertafelSessionRepository::map).optional();
    }

    /** The chair of the latest session before {@code before} that had one: the default for a new session. */
    Optional<Long> previousChair(LeertafelTable table, LocalDateTime before) {
        return jdbc.sql("""
                select chair_user_id from leertafel_session
                where region_slug = :region and table_code = :table and status <> 'GEANNULEERD'
                  and chair_user_id is not null and starts_at < :before
                order by starts_at desc limit 1""")
                .param("region", table.regionSlug()).param("table", table.code()).param("before", before)
                .query(Long.class).optional();
    }

    boolean dayTaken(LeertafelTable table, LocalDate day, Long except) {
        return jdbc.sql("""
                select count(*) from leertafel_session where region_slug = :region and table_code = :table
                  and starts_at::date = :day and status <> 'GEANNULEERD' and id <> :except""")
                .param("region", table.regionSlug()).param("table", table.code()).param("day", day)
                .param("except", except == null ? -1L : except).query(Long.class).single() > 0;
    }

    long insert(LeertafelTable table, LocalDateTime start, LocalDateTime end, String location, Long chair, long by,
            Instant at) {
        return jdbc.sql("""
                insert into leertafel_session (region_slug, table_code, starts_at, ends_at, location, chair_user_id,
                    created_by, created_at)
                values (:region, :table, :start, :end, :location, :chair, :by, :at) returning id""")
                .param("region", table.regionSlug()).param("table", table.code()).param("start", start)
                .param("end", end).param("location", location).param("chair", chair).param("by", by)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    void reschedule(long id, LocalDateTime start, LocalDateTime end, String location, boolean bump) {
        jdbc.sql("""
                update leertafel_session set starts_at = ?, ends_at = ?, location = ?,
                    sequence = sequence + ?, version = version + 1 where id = ?""")
                .params(start, end, location, bump ? 1 : 0, id).update();
    }

    void setChair(long id, Long chair, boolean bump) {
        jdbc.sql("update leertafel_session set chair_user_id = ?, sequence = sequence + ?, version = version + 1 where id = ?")
                .params(chair, bump ? 1 : 0, id).update();
    }

    void cancel(long id) {
        jdbc.sql("update leertafel_session set status = 'GEANNULEERD', sequence = sequence + 1, version = version + 1 "
                + "where id = ?").param(id).update();
    }

    void markInvited(long id, Instant at) {
        jdbc.sql("update leertafel_session set invited_at = coalesce(invited_at, ?) where id = ?")
                .params(Timestamp.from(at), id).update();
    }

    void markHeld(long id, long by, Instant at) {
        jdbc.sql("""
                update leertafel_session set status = 'GEHOUDEN', held_by = coalesce(held_by, ?),
                    held_at = coalesce(held_at, ?), version = version + 1 where id = ?""")
                .params(by, Timestamp.from(at), id).update();
    }

    void setNotes(long id, String notes) {
        jdbc.sql("update leertafel_session set notes = ?, version = version + 1 where id = ?").params(notes, id).update();
    }

    private static LeertafelSession map(ResultSet rs, int row) throws SQLException {
        Timestamp invited = rs.getTimestamp("invited_at");
        Long chair = rs.getObject("chair_user_id", Long.class);
        return new LeertafelSession(rs.getLong("id"), rs.getString("region_slug"), rs.getString("table_code"),
                rs.getTimestamp("starts_at").toLocalDateTime(), rs.getTimestamp("ends_at").toLocalDateTime(),
                rs.getString("location"), chair, rs.getString("chair_name"),
                SessionStatus.valueOf(rs.getString("status")), rs.getString("notes"), rs.getInt("sequence"),
                invited == null ? null : invited.toInstant());
    }
}
