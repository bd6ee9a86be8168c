package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.casefile.CaseStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Case lists for coordinators and chairs (their {@link CaseScope}, filtered) and professionals (cases they take part
 * in). Every query starts from indexed columns (region + filter + id, region + sector, assigned coordinator, case id,
 * or participant user + case id) and pages with limit/offset, newest first; the total is counted only up to a cap.
 */
@Repository
class CaseListQuery {

    static final int COUNT_CAP = 1000;
    private static final String COLUMNS = """
            select c.id, c.region_slug, c.status, c.youth_name, c.municipality, c.school_type, c.submitted_at,
                   c.table_deadline,
                   coalesce(c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN') and c.table_deadline < :today, false) as overdue,
                   c.sector
            from case_file c""";
    private static final String INVOLVING =
            " where c.id in (select p.case_id from case_participant p where p.user_id = :user)";

    private final JdbcClient jdbc;

    CaseListQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The submitted cases in the user's scope, filtered, newest first. */
    CasePage ofScope(CaseScope scope, CaseFilter filter, LocalDate today, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>(Map.of("today", today));
        String inScope = scopeCondition(scope, "c", params);
        if (inScope == null) {
            return new CasePage(List.of(), page, pageSize, 0, false);
        }
        List<String> conditions = new ArrayList<>(List.of(inScope, "c.status <> 'CONCEPT'"));
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

    /**
     * The submitted cases in the user's scope that match the search, newest first: the same scope condition as
     * {@link #ofScope}, then the case number (primary key), the date of birth ({@code case_file_birth_date_idx})
     * and each name part, folded, anywhere in the folded name ({@code case_file_youth_name_search_idx}).
     */
    CasePage matching(CaseScope scope, CaseSearchTerm term, LocalDate today, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>(Map.of("today", today));
        String inScope = scopeCondition(scope, "c", params);
        if (inScope == null) {
            return new CasePage(List.of(), page, pageSize, 0, false);
        }
        List<String> conditions = new ArrayList<>(List.of(inScope, "c.status <> 'CONCEPT'"));
        conditions.addAll(searchConditions(term, params));
        return page(" where " + String.join(" and ", conditions), params, page, pageSize);
    }

    static List<String> searchConditions(CaseSearchTerm term, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        if (term.caseNumber() != null) {
            conditions.add("c.id = :caseNumber");
            params.put("caseNumber", term.caseNumber());
        }
        if (term.birthDate() != null) {
            conditions.add("c.youth_birth_date = :birthDate");
            params.put("birthDate", term.birthDate());
        }
        List<String> parts = term.likeSafeNameParts();
        for (int i = 0; i < parts.size(); i++) {
            conditions.add("doorbraak_fold(c.youth_name) like '%' || doorbraak_fold(:namePart" + i + ") || '%'");
            params.put("namePart" + i, parts.get(i));
        }
        return conditions;
    }

    /**
     * The vooroverleg queue: submitted cases not yet decided, oldest first (they have waited longest), optionally of
     * one intake point only (its region and sectors; index {@code case_file_region_sector_triage_idx}).
     */
    CasePage awaitingTriage(CaseScope scope, IntakePoint intakePoint, LocalDate today, int page, int pageSize) {
        Map<String, Object> params = new HashMap<>(Map.of("today", today));
        String where = awaitingTriageWhere(scope, intakePoint, params);
        if (where == null) {
            return new CasePage(List.of(), page, pageSize, 0, false);
        }
        return page(where, "c.id", params, page, pageSize);
    }

    /** For the start page: how many cases {@link #awaitingTriage} lists, counted up to the cap. */
    long countAwaitingTriage(CaseScope scope) {
        Map<String, Object> params = new HashMap<>();
        String where = awaitingTriageWhere(scope, null, params);
        return where == null ? 0 : count(where, params);
    }

    private static String awaitingTriageWhere(CaseScope scope, IntakePoint intakePoint, Map<String, Object> params) {
        String inScope = scopeCondition(scope, "c", params);
        if (inScope == null) {
            return null;
        }
        String where = " where " + inScope + " and c.status in ('AANGEMELD', 'IN_VOOROVERLEG')";
        if (intakePoint != null) {
            where += " and c.region_slug = :pointRegion and c.sector in (:pointSectors)";
            params.put("pointRegion", intakePoint.regionSlug());
            params.put("pointSectors", intakePoint.sectors().stream().map(Enum::name).sorted().toList());
        }
        return where;
    }

    /**
     * For the start page: the admitted cases in the scope that wait for a table (what the planning page lists per
     * region, {@code case_file_region_awaiting_table_idx}), counted up to the cap.
     */
    long countAwaitingTable(CaseScope scope) {
        Map<String, Object> params = new HashMap<>();
        String inScope = scopeCondition(scope, "c", params);
        return inScope == null ? 0 : count(" where " + inScope + " and c.status = 'TOEGELATEN'", params);
    }

    CasePage involving(long userId, LocalDate today, int page, int pageSize) {
        return page(INVOLVING, new HashMap<>(Map.of("user", userId, "today", today)), page, pageSize);
    }

    /** For the start page: how many cases {@link #involving} lists, counted up to the cap. */
    long countInvolving(long userId) {
        return count(INVOLVING, new HashMap<>(Map.of("user", userId)));
    }

    /**
     * Every case the user may see, as {@link CaseAccess#maySee} decides it: the submitted cases in their scope, the
     * cases they take part in when they are a professional, and their own drafts. Relies on the referrer always
     * being a participant (INBRENGER), so every branch starts from an index.
     */
    CasePage visibleTo(CaseScope scope, boolean seesCasesTakenPartIn, CaseStatus status, LocalDate today, int page,
            int pageSize) {
        Map<String, Object> params = new HashMap<>(Map.of("user", scope.userId(), "today", today));
        List<String> sources = new ArrayList<>();
        String inScope = scopeCondition(scope, "r", params);
        if (inScope != null) {
            sources.add("select r.id from case_file r where " + inScope + " and r.status <> 'CONCEPT'");
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

    /**
     * The scope as one condition on {@code case_file} under {@code alias} ({@link CaseScope#covers} in SQL), its
     * parameters added to {@code params}; null when the scope is empty. Each branch has its own index.
     */
    static String scopeCondition(CaseScope scope, String alias, Map<String, Object> params) {
        List<String> branches = new ArrayList<>();
        if (!scope.wholeRegions().isEmpty()) {
            branches.add(alias + ".region_slug in (:wholeRegions)");
            params.put("wholeRegions", scope.wholeRegions().stream().sorted().toList());
        }
        List<String> limitedRegions = scope.intakeSectors().keySet().stream().sorted().toList();
        for (int i = 0; i < limitedRegions.size(); i++) {
            String region = limitedRegions.get(i);
            branches.add("(" + alias + ".region_slug = :intakeRegion" + i + " and " + alias + ".sector in (:intakeSectors" + i + "))");
            params.put("intakeRegion" + i, region);
            params.put("intakeSectors" + i, scope.intakeSectors().get(region).stream().map(Enum::name).sorted().toList());
        }
        if (!scope.assignedRegions().isEmpty()) {
            branches.add("(" + alias + ".assigned_coordinator_id = :scopeUser and " + alias + ".region_slug in (:assignedRegions))");
            params.put("scopeUser", scope.userId());
            params.put("assignedRegions", scope.assignedRegions().stream().sorted().toList());
        }
        if (!scope.chairedCases().isEmpty()) {
            branches.add(alias + ".id in (:chairedCases)");
            params.put("chairedCases", scope.chairedCases().stream().sorted().toList());
        }
        if (branches.isEmpty()) {
            return null;
        }
        return branches.size() == 1 ? branches.get(0) : "(" + String.join(" or ", branches) + ")";
    }

    /** One page of the list under {@code where}, newest first. */
    static String pageSql(String where) {
        return pageSql(where, "c.id desc");
    }

    private static String pageSql(String where, String order) {
        return COLUMNS + where + " order by " + order + " limit :limit offset :offset";
    }

    private CasePage page(String where, Map<String, Object> params, int page, int pageSize) {
        return page(where, "c.id desc", params, page, pageSize);
    }

    private CasePage page(String where, String order, Map<String, Object> params, int page, int pageSize) {
        List<CaseListItem> items = jdbc.sql(pageSql(where, order))
                .params(params).param("limit", pageSize).param("offset", (long) page * pageSize)
                .query(CaseListItem.class).list();
        long count = countUpTo(where, params, COUNT_CAP + 1);
        return new CasePage(items, page, pageSize, Math.min(count, COUNT_CAP), count > COUNT_CAP);
    }

    /** The number of cases under {@code where}, at most {@link #COUNT_CAP}. */
    private long count(String where, Map<String, Object> params) {
        return countUpTo(where, params, COUNT_CAP);
    }

    private long countUpTo(String where, Map<String, Object> params, int cap) {
        return jdbc.sql("select count(*) from (select 1 from case_file c" + where + " limit :cap) x")
                .params(params).param("cap", cap).query(Long.class).single();
    }
}
