package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The casefile side of a follow-up meeting: running cases may go on another table's agenda without leaving
 * IN_UITVOERING. No table deadline: the region's promise is about the first table only.
 */
@Component
class FollowUpCases {

    private static final String RUNNING = """
            select id, region_slug, youth_name, null::date, referrer_user_id, sector, assigned_coordinator_id
            from case_file where status = 'IN_UITVOERING'""";

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseTime time;
    private final RegionIntakePoints intakePoints;

    FollowUpCases(CaseGuard guard, CaseRepository cases, JdbcClient jdbc, AuditLog audit, CaseTime time,
            RegionIntakePoints intakePoints) {
        this.intakePoints = intakePoints;
        this.guard = guard;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    List<CaseAwaitingTable> inExecution(CurrentUser viewer, String regionSlug) {
        audit.record(AuditEvent.of("CASUSLIJST_BEKEKEN", "CASUS", null).withActor(viewer.username())
                .withDetails("vervolgoverleg " + regionSlug));
        IntakePoints points = intakePoints.of(regionSlug);
        return jdbc.sql(RUNNING + " and region_slug = ? order by id").param(regionSlug).query(ReachableCase::read).list()
                .stream().filter(c -> c.reachedBy(viewer, points)).map(ReachableCase::awaiting).toList();
    }

    Optional<CaseAwaitingTable> followUpCase(CurrentUser coordinator, long caseId) {
        Optional<CaseAwaitingTable> found = jdbc.sql(RUNNING + " and id = ?").param(caseId).query(ReachableCase::read)
                .optional().filter(c -> c.reachedBy(coordinator, intakePoints.of(c.awaiting().regionSlug())))
                .map(ReachableCase::awaiting);
        found.ifPresent(c -> audit.record(AuditEvent.of("CASUS_BEKEKEN", "CASUS", caseId)
                .withSubject("casus:" + caseId).withActor(coordinator.username()).withDetails("vervolgoverleg")));
        return found;
    }

    CaseAwaitingTable markFollowUpPlanned(CurrentUser coordinator, long caseId) {
        CaseFacts facts;
        try {
            facts = guard.allowed(coordinator, caseId, "VERVOLGOVERLEG_GEPLAND", CaseAccess::mayPlanFollowUp,
                    "case.refused.notInExecution");
        } catch (CaseNotFound notVisible) {
            throw new CasePlanningRefused("case.refused.notInExecution");
        } catch (CaseTransitionRefused refused) {
            throw new CasePlanningRefused(refused.messageKey());
        }
        CaseAwaitingTable running = find(caseId)
                .orElseThrow(() -> new CasePlanningRefused("case.refused.notInExecution"));
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        lifecycle.planFollowUp(coordinator.id(), now);
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of("VERVOLGOVERLEG_GEPLAND", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(coordinator.username()));
        return running;
    }

    private Optional<CaseAwaitingTable> find(long caseId) {
        return jdbc.sql(RUNNING + " and id = ?").param(caseId).query(ReachableCase::read).optional()
                .map(ReachableCase::awaiting);
    }
}
