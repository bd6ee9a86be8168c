package nl.doorbraak.casefile.internal;

import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.Sector;

/**
 * What the access policy needs to know about a case: no content, only region, status, sector, who takes part, the
 * coordinator it is assigned to, who chairs a meeting with it on the agenda, and the region's intake points.
 */
public record CaseFacts(long caseId, String regionSlug, CaseStatus status, long referrerUserId,
        Set<Long> participantUserIds, Sector sector, Long assignedCoordinatorId, Set<Long> chairUserIds,
        IntakePoints intakePoints) {

    public CaseFacts {
        participantUserIds = Set.copyOf(participantUserIds);
        chairUserIds = Set.copyOf(chairUserIds);
        intakePoints = intakePoints == null ? IntakePoints.NONE : intakePoints;
    }

    /** A case without sector, assignment, chair or intake points: for drafts, and for tests of the other rules. */
    public CaseFacts(long caseId, String regionSlug, CaseStatus status, long referrerUserId,
            Set<Long> participantUserIds) {
        this(caseId, regionSlug, status, referrerUserId, participantUserIds, null, null, Set.of(), IntakePoints.NONE);
    }

    CaseFacts withSector(Sector newSector) {
        return new CaseFacts(caseId, regionSlug, status, referrerUserId, participantUserIds, newSector,
                assignedCoordinatorId, chairUserIds, intakePoints);
    }

    CaseFacts withAssignedCoordinator(Long coordinatorId) {
        return new CaseFacts(caseId, regionSlug, status, referrerUserId, participantUserIds, sector, coordinatorId,
                chairUserIds, intakePoints);
    }

    CaseFacts withChairs(Set<Long> chairs) {
        return new CaseFacts(caseId, regionSlug, status, referrerUserId, participantUserIds, sector,
                assignedCoordinatorId, chairs, intakePoints);
    }

    CaseFacts withIntakePoints(IntakePoints points) {
        return new CaseFacts(caseId, regionSlug, status, referrerUserId, participantUserIds, sector,
                assignedCoordinatorId, chairUserIds, points);
    }

    boolean involves(long userId) {
        return referrerUserId == userId || participantUserIds.contains(userId);
    }
}
