package nl.doorbraak.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stores the dates of tables that meet on explicit dates. */
@Repository
class TableDateRepository {

    private static final String DATE = """
            select id, region_slug, table_code, day, time_from, time_until, location, status, changed_at
            from table_date""";

    private final JdbcClient jdbc;

    TableDateRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<TableDate> find(long id) {
        return jdbc.sql(DATE + " where id = ?").param(id).query(TableDateRepository::row).optional();
    }

    /** The table's planned dates from {@code from} on, soonest first. */
    List<TableDate> planned(String regionSlug, String tableCode, LocalDate from, int limit) {
        return jdbc.sql(DATE + """
                 where region_slug = ? and table_code = ? and status = 'PLANNED' and day >= ?
                order by day limit ?""")
                .params(regionSlug, tableCode, from, limit).query(TableDateRepository::row).list();
    }

    /** All the table's dates from {@code from} on, cancelled ones included, soonest first. */
    List<TableDate> from(String regionSlug, String tableCode, LocalDate from) {
        return jdbc.sql(DATE + " where region_slug = ? and table_code = ? and day >= ? order by day, id")
                .params(regionSlug, tableCode, from).query(TableDateRepository::row).list();
    }

    Optional<TableDate> plannedOn(String regionSlug, String tableCode, LocalDate day) {
        return jdbc.sql(DATE + " where region_slug = ? and table_code = ? and day = ? and status = 'PLANNED'")
                .params(regionSlug, tableCode, day).query(TableDateRepository::row).optional();
    }

    /**
     * Adds a werkwijze date unless it was seeded before (also when it was moved or cancelled since) or the table
     * already has a date that day, planned or cancelled. Returns whether it was added.
     */
    boolean seed(String regionSlug, String tableCode, LocalDate day, LocalTime from, LocalTime until, String location) {
        return jdbc.sql("""
                insert into table_date (region_slug, table_code, day, time_from, time_until, location, werkwijze_day)
                select :region, :table, :day, :from, :until, :location, :day
                where not exists (select 1 from table_date where region_slug = :region and table_code = :table
                                  and day = :day)
                on conflict (region_slug, table_code, werkwijze_day) where werkwijze_day is not null do nothing""")
                .param("region", regionSlug).param("table", tableCode).param("day", day).param("from", from)
                .param("until", until).param("location", location).update() > 0;
    }

    long insert(String regionSlug, String tableCode, LocalDate day, LocalTime from, LocalTime until, String location,
            long changedBy, Instant at) {
        return jdbc.sql("""
                insert into table_date (region_slug, table_code, day, time_from, time_until, location, changed_by,
                    changed_at) values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(regionSlug, tableCode, day, from, until, location, changedBy, Timestamp.from(at))
                .query(Long.class).single();
    }

    void move(long id, LocalDate day, LocalTime from, LocalTime until, String location, long changedBy, Instant at) {
        jdbc.sql("""
                update table_date set day = ?, time_from = ?, time_until = ?, location = ?, changed_by = ?,
                    changed_at = ? where id = ?""")
                .params(day, from, until, location, changedBy, Timestamp.from(at), id).update();
    }

    void cancel(long id, long changedBy, Instant at) {
        jdbc.sql("update table_date set status = 'CANCELLED', changed_by = ?, changed_at = ? where id = ?")
                .params(changedBy, Timestamp.from(at), id).update();
    }

    private static TableDate row(ResultSet rs, int n) throws SQLException {
        return new TableDate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalTime.class), rs.getObject(6, LocalTime.class), rs.getString(7),
                "CANCELLED".equals(rs.getString(8)), rs.getTimestamp(9).toInstant());
    }
}
