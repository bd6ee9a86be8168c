package nl.doorbraak.casefile.internal;

import java.util.Comparator;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Assigns a case to a named coordinator of its region, who from then on sees it even when it belongs to another
 * intake point. Only a coordinator who sees the case assigns it; on the timeline, audited, and the new coordinator
 * gets a mail with a link.
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, InputRefused.class})
public class CoordinatorAssignment {

    static final String ACTION = "COORDINATOR_TOEGEWEZEN";

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final UserDirectory users;
    private final CaseNotifier notifier;
    private final AuditLog audit;
    private final CaseTime time;

    CoordinatorAssignment(CaseGuard guard, CaseRepository cases, UserDirectory users, CaseNotifier notifier,
            AuditLog audit, CaseTime time) {
        this.guard = guard;
        this.cases = cases;
        this.users = users;
        this.notifier = notifier;
        this.audit = audit;
        this.time = time;
    }

    /** The region's active coordinators, by name: whom a case of the region may be assigned to. */
    @Transactional(readOnly = true)
    public List<UserContact> candidates(String regionSlug) {
        return users.withRoleInRegion(Role.COORDINATOR, regionSlug).stream()
                .sorted(Comparator.comparing(UserContact::displayName)).toList();
    }

    public void assign(CurrentUser user, long caseId, Long coordinatorId) {
        CaseFacts facts = guard.allowed(user, caseId, ACTION, CaseAccess::mayAssign, "assignment.refused.notAllowed");
        if (coordinatorId == null) {
            throw new InputRefused(List.of(new FieldProblem("coordinatorId", "assignment.coordinator.required")));
        }
        UserContact coordinator = candidates(facts.regionSlug()).stream().filter(c -> c.id() == coordinatorId)
                .findFirst().orElseThrow(() -> refuse(user, caseId, coordinatorId));
        if (coordinatorId.equals(facts.assignedCoordinatorId())) {
            return;
        }
        cases.assignCoordinator(caseId, coordinatorId);
        cases.append(caseId, List.of(new CaseEvent(CaseEventType.COORDINATOR_TOEGEWEZEN, user.id(), time.now(),
                coordinator.displayName())));
        audit.record(AuditEvent.of(ACTION, "CASUS", caseId).withSubject("casus:" + caseId).withActor(user.username())
                .withDetails("aan=" + coordinator.username()));
        notifier.assigned(caseId, coordinator);
    }

    /** Not a coordinator of the case's region (or not active): refused and audited. */
    private InputRefused refuse(CurrentUser user, long caseId, long coordinatorId) {
        audit.record(AuditEvent.of(ACTION, "CASUS", caseId).withSubject("casus:" + caseId).withActor(user.username())
                .withOutcome(AuditOutcome.DENIED).withDetails("geen coördinator van de regio: gebruiker " + coordinatorId));
        return new InputRefused(List.of(new FieldProblem("coordinatorId", "assignment.refused.notACoordinator")));
    }
}
