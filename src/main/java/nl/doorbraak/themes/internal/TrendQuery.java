package nl.doorbraak.themes.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts tags per theme, quarter and source in the database, so only a few numbers per theme leave it, however many
 * cases the country has; the range on occurred_on uses index theme_tag_trend_idx per theme of the region.
 */
@Repository
class TrendQuery {

    /** One group: a theme in a quarter (its first day), from leertafel cases or from the region's own cases. */
    record Group(long themeId, LocalDate quarter, boolean leertafel, int count) {
    }

    private final JdbcClient jdbc;

    TrendQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Group> groups(String regionSlug, LocalDate from, LocalDate toInclusive) {
        return jdbc.sql("""
                select g.theme_id, cast(date_trunc('quarter', g.occurred_on) as date) as quarter,
                       g.leertafel_case_id is not null as leertafel, count(*) as n
                from theme t join theme_tag g on g.theme_id = t.id
                where t.region_slug = :region and g.occurred_on between :from and :to
                group by g.theme_id, quarter, leertafel""")
                .param("region", regionSlug).param("from", from).param("to", toInclusive)
                .query((rs, n) -> new Group(rs.getLong("theme_id"), rs.getObject("quarter", LocalDate.class),
                        rs.getBoolean("leertafel"), rs.getInt("n")))
                .list();
    }

    /** The first day any theme of the region counts on, if it was ever tagged. */
    java.util.Optional<LocalDate> earliest(String regionSlug) {
        return jdbc.sql("""
                select min(g.occurred_on) from theme t join theme_tag g on g.theme_id = t.id where t.region_slug = ?""")
                .param(regionSlug).query(LocalDate.class).optional();
    }
}
