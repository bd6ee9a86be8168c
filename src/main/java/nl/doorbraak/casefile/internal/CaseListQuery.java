package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case lists for coordinators (their regions, filtered) and professionals (cases they take part in). Every query
 * starts from an indexed column (region + filter + id, or participant user + case id) and pages with
 * limit/offset, newest first; the total is counted only up to a cap.
 */
@Repository
class CaseListQuery {

    static final int COUNT_CAP = 1000;
    private static final String COLUMNS = """
            select c.id, c.region_slug, c.status, c.youth_name, c.municipality, c.school_type, c.submitted_at,
                   c.table_deadline,
                   coalesce(c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN') and c.table_deadline < :today, false) as overdue
            from case_file c""";

    private final JdbcClient jdbc;

    CaseListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CasePage ofRegions(Set<String> regionSlugs, CaseFilter filter, LocalDate today, int page, int pageSize) {
        if (regionSlugs.isEmpty()) {
            return new CasePage(List.of(), page, pageSize, 0, false);
        }
        List<String> conditions = new ArrayList<>(List.of("c.region_slug in (:regions)", "c.status <> 'CONCEPT'"));
        Map<String, Object> params = new HashMap<>(Map.of("regions", List.copyOf(regionSlugs), "today", today));
        if (filter.status() != null) {
            conditions.add("c.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.municipality() != null) {
            conditions.add("c.municipality = :municipality");
            params.put("municipality", filter.municipality());
        }
        if (filter.schoolType() != null) {
            conditions.add("c.school_type = :schoolType");
            params.put("schoolType", filter.schoolType().name());
        }
        if (filter.overdueOnly()) {
            conditions.add("c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN') and c.table_deadline < :today");
        }
        return page(" where " + String.join(" and ", conditions), params, page, pageSize);
    }

    /** The vooroverleg queue: submitted cases not yet decided, oldest first (they have waited longest). */
    List<CaseListItem> awaitingTriage(Set<String> regionSlugs, LocalDate today, int limit) {
        if (regionSlugs.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where c.region_slug in (:regions) and c.status in ('AANGEMELD', 'IN_VOOROVERLEG')"
                        + " order by c.id limit :limit")
                .param("regions", List.copyOf(regionSlugs)).param("today", today).param("limit", limit)
                .query(CaseListItem.class).list();
    }

    CasePage involving(long userId, LocalDate today, int page, int pageSize) {
        String where = " where c.id in (select p.case_id from case_participant p where p.user_id = :user)";
        return page(where, new HashMap<>(Map.of("user", userId, "today", today)), page, pageSize);
    }

    /**
     * Every case the user may see, as {@link CaseAccess#maySee} decides it: the submitted cases of the regions they
     * see whole, the cases they take part in when they are a professional, and their own drafts. Relies on the
     * referrer always being a participant (INBRENGER), so every branch starts from an index.
     */
    CasePage visibleTo(long userId, Set<String> regionsSeenWhole, boolean seesCasesTakenPartIn, CaseStatus status,
            LocalDate today, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>(Map.of("user", userId, "today", today));
        List<String> sources = new ArrayList<>();
        if (!regionsSeenWhole.isEmpty()) {
            sources.add("select r.id from case_file r where r.region_slug in (:regions) and r.status <> 'CONCEPT'");
            params.put("regions", List.copyOf(regionsSeenWhole));
        }
        sources.add(seesCasesTakenPartIn ? "select p.case_id from case_participant p where p.user_id = :user"
                : "select d.id from case_participant p join case_file d on d.id = p.case_id"
                        + " where p.user_id = :user and d.status = 'CONCEPT' and d.referrer_user_id = :user");
        String where = " where c.id in (" + String.join(" union ", sources) + ")";
        if (status != null) {
            where += " and c.status = :status";
            params.put("status", status.name());
        }
        return page(where, params, page, pageSize);
    }

    private CasePage page(String where, Map<String, Object> params, int page, int pageSize) {
        List<CaseListItem> items = jdbc.sql(COLUMNS + where + " order by c.id desc limit :limit offset :offset")
                .params(params).param("limit", pageSize).param("offset", (long) page * pageSize)
                .query(CaseListItem.class).list();
        long count = jdbc.sql("select count(*) from (select 1 from case_file c" + where + " limit :cap) x")
                .params(params).param("cap", COUNT_CAP + 1).query(Long.class).single();
        return new CasePage(items, page, pageSize, Math.min(count, COUNT_CAP), count > COUNT_CAP);
    }
}
