package nl.doorbraak.dashboard.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The report read model: counts and pages per {@link Signal}, straight on the case, outcome and agreement tables
 * (reports may read other modules' tables). Each query starts from one region's cases through a region index,
 * narrowed to what the coordinator sees ({@link ReachFilter}).
 */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Signal, Long> counts(String regionSlug, ReachFilter reach, ReportMoments at) {
        Map<Signal, Long> counts = new EnumMap<>(Signal.class);
        reach.bind(jdbc.sql("""
                select c.status, count(*) from case_file c where c.region_slug = :region
                and c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND', 'IN_UITVOERING')"""
                        + reach.condition() + " group by c.status"))
                .param("region", regionSlug)
                .query((rs, n) -> Map.entry(Signal.valueOf(rs.getString(1)), rs.getLong(2))).list()
                .forEach(e -> counts.put(e.getKey(), e.getValue()));
        for (Signal signal : Signal.values()) {
            if (signal.isPhase()) {
                counts.putIfAbsent(signal, 0L);
            } else {
                counts.put(signal, count(signal, regionSlug, reach, at));
            }
        }
        return counts;
    }

    long count(Signal signal, String regionSlug, ReachFilter reach, ReportMoments at) {
        return reach.bind(bind(jdbc.sql(countSql(signal, reach)), regionSlug, at)).query(Long.class).single();
    }

    SignalPage page(Signal signal, String regionSlug, ReachFilter reach, ReportMoments at, int page, int pageSize) {
        var rows = reach.bind(bind(jdbc.sql(pageSql(signal, reach)), regionSlug, at))
                .param("limit", pageSize).param("offset", (long) page * pageSize)
                .query((rs, n) -> new SignalRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, java.time.LocalDate.class), longOrNull(rs.getObject(6))))
                .list();
        return new SignalPage(signal, regionSlug, rows, page, pageSize, count(signal, regionSlug, reach, at));
    }

    static String countSql(Signal signal) {
        return countSql(signal, ReachFilter.WHOLE_REGION);
    }

    static String countSql(Signal signal, ReachFilter reach) {
        return "select count(*) from case_file c where c.region_slug = :region and (" + signal.condition() + ")"
                + reach.condition();
    }

    static String pageSql(Signal signal) {
        return pageSql(signal, ReachFilter.WHOLE_REGION);
    }

    static String pageSql(Signal signal, ReachFilter reach) {
        return "select c.id, c.youth_name, c.status, c.municipality, " + signal.dateSql() + " as signal_date, "
                + signal.numberSql() + " as signal_number from case_file c where c.region_slug = :region and ("
                + signal.condition() + ")" + reach.condition() + " order by " + signal.orderSql()
                + " limit :limit offset :offset";
    }

    private static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, String regionSlug, ReportMoments at) {
        return spec.param("region", regionSlug).param("today", at.today()).param("yearAgo", at.yearAgo())
                .param("yearAgoDate", at.yearAgoDate()).param("quietSince", at.quietSince())
                .param("threeMonthsAgo", at.threeMonthsAgo());
    }
}
