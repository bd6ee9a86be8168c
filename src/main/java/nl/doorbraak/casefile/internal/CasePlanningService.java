package nl.doorbraak.casefile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The casefile side of planning: the admitted cases, the move to GEPLAND and need-to-know for participants. */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, CasePlanningRefused.class})
class CasePlanningService implements CasePlanning {

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final CaseTime time;
    private final FollowUpCases followUps;
    private final RegionIntakePoints intakePoints;
    private final CaseListQuery lists;
    private final CaseScopes scopes;

    CasePlanningService(CaseGuard guard, CaseRepository cases, JdbcClient jdbc, AuditLog audit, CaseTime time,
            FollowUpCases followUps, RegionIntakePoints intakePoints, CaseListQuery lists, CaseScopes scopes) {
        this.lists = lists;
        this.scopes = scopes;
        this.followUps = followUps;
        this.intakePoints = intakePoints;
        this.guard = guard;
        this.cases = cases;
        this.jdbc = jdbc;
        this.audit = audit;
        this.time = time;
    }

    private static final String AWAITING = """
            select id, region_slug, youth_name, table_deadline, referrer_user_id, sector, assigned_coordinator_id
            from case_file where status = 'TOEGELATEN'""";

    @Override
    @Transactional
    public List<CaseAwaitingTable> awaitingTable(CurrentUser viewer, String regionSlug) {
        audit.record(AuditEvent.of("CASUSLIJST_BEKEKEN", "CASUS", null).withActor(viewer.username())
                .withDetails("planning " + regionSlug));
        IntakePoints points = intakePoints.of(regionSlug);
        return jdbc.sql(AWAITING + " and region_slug = ? order by table_deadline nulls last, id").param(regionSlug)
                .query(ReachableCase::read).list().stream().filter(c -> c.reachedBy(viewer, points))
                .map(ReachableCase::awaiting).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public long countAwaitingTable(CurrentUser coordinator) {
        return lists.countAwaitingTable(scopes.of(coordinator).coordinating());
    }

    @Override
    @Transactional
    public Optional<CaseAwaitingTable> awaitingCase(CurrentUser coordinator, long caseId) {
        Optional<CaseAwaitingTable> found = jdbc.sql(AWAITING + " and id = ?").param(caseId).query(ReachableCase::read)
                .optional().filter(c -> c.reachedBy(coordinator, intakePoints.of(c.awaiting().regionSlug())))
                .map(ReachableCase::awaiting);
        found.ifPresent(c -> audit.record(AuditEvent.of("CASUS_BEKEKEN", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(coordinator.username()).withDetails("planning")));
        return found;
    }

    private Optional<CaseAwaitingTable> findAwaiting(long caseId) {
        return jdbc.sql(AWAITING + " and id = ?").param(caseId).query(CasePlanningService::awaiting).optional();
    }

    private static CaseAwaitingTable awaiting(ResultSet rs, int row) throws SQLException {
        return ReachableCase.read(rs, row).awaiting();
    }

    @Override
    public CaseAwaitingTable markPlanned(CurrentUser coordinator, long caseId) {
        CaseFacts facts;
        try {
            facts = guard.allowed(coordinator, caseId, "CASUS_GEPLAND", CaseAccess::mayPlan, "case.refused.notAdmitted");
        } catch (CaseNotFound notVisible) {
            throw new CasePlanningRefused("case.refused.notAdmitted");
        } catch (CaseTransitionRefused refused) {
            throw new CasePlanningRefused(refused.messageKey());
        }
        CaseAwaitingTable planned = findAwaiting(caseId)
                .orElseThrow(() -> new CasePlanningRefused("case.refused.notAdmitted"));
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        lifecycle.plan(coordinator.id(), now);
        cases.changeStatus(caseId, lifecycle.status(), now);
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of("CASUS_GEPLAND", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(coordinator.username()));
        return planned;
    }

    @Override
    public void addParticipant(long caseId, long userId) {
        cases.addParticipant(caseId, userId, "DEELNEMER");
    }

    @Override
    public List<CaseAwaitingTable> inExecution(CurrentUser viewer, String regionSlug) {
        return followUps.inExecution(viewer, regionSlug);
    }

    @Override
    public Optional<CaseAwaitingTable> followUpCase(CurrentUser coordinator, long caseId) {
        return followUps.followUpCase(coordinator, caseId);
    }

    @Override
    public CaseAwaitingTable markFollowUpPlanned(CurrentUser coordinator, long caseId) {
        return followUps.markFollowUpPlanned(coordinator, caseId);
    }
}
