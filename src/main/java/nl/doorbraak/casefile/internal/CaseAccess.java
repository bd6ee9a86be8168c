package nl.doorbraak.casefile.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.organisation.Sector;

/**
 * Need to know, in one place. Referrers and participants see the cases they take part in. A coordinator sees the
 * submitted cases of their regions; where a region has separate intake points (Zuidoost Utrecht: PO, VO, lokaal
 * team), a coordinator of an intake point's organisation sees only the cases of the sectors it takes in, plus the
 * cases assigned to them; the region's other coordinators see all. A chair sees the cases on the agenda of the
 * meetings they chair, planned or held. Policy, leertafel, privacy and administrators see no case content. Several
 * roles give the union of their rights. Deciding on a case (triage, planning, closing) needs the same reach.
 * Pure: a function of user and case facts.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean maySee(CurrentUser user, CaseFacts facts) {
        return (facts.status() != CaseStatus.CONCEPT && (coordinates(user, facts) || chairs(user, facts)))
                || (isProfessional(user) && facts.involves(user.id()))
                || (facts.status() == CaseStatus.CONCEPT && facts.referrerUserId() == user.id());
    }

    /** Drafts are the referrer's own until submitted. */
    public static boolean mayEditDraft(CurrentUser user, CaseFacts facts) {
        return facts.status() == CaseStatus.CONCEPT && facts.referrerUserId() == user.id();
    }

    /** A case sent back with advice is its referrer's to amend and submit again. */
    public static boolean mayResubmit(CurrentUser user, CaseFacts facts) {
        return facts.status() == CaseStatus.TERUGGESTUURD && facts.referrerUserId() == user.id();
    }

    public static boolean mayTriage(CurrentUser user, CaseFacts facts) {
        return coordinates(user, facts)
                && (facts.status() == CaseStatus.AANGEMELD || facts.status() == CaseStatus.IN_VOOROVERLEG);
    }

    /** The coordinators who reach the case plan it onto a table once admitted. */
    public static boolean mayPlan(CurrentUser user, CaseFacts facts) {
        return coordinates(user, facts) && facts.status() == CaseStatus.TOEGELATEN;
    }

    /** The coordinators who reach the case plan a follow-up meeting while its plan is being carried out. */
    public static boolean mayPlanFollowUp(CurrentUser user, CaseFacts facts) {
        return coordinates(user, facts) && facts.status() == CaseStatus.IN_UITVOERING;
    }

    /** The referrer and the coordinators who reach the case may record that consent was withdrawn. */
    public static boolean mayWithdrawConsent(CurrentUser user, CaseFacts facts) {
        boolean allowed = facts.referrerUserId() == user.id() || coordinates(user, facts);
        return allowed && facts.status().isOpen() && facts.status() != CaseStatus.CONCEPT;
    }

    /**
     * The coordinators who reach a submitted case see its possible duplicates and decide on them; on the timeline
     * only they see those decisions, so nobody else learns that another case exists.
     */
    public static boolean mayJudgeDuplicates(CurrentUser user, CaseFacts facts) {
        return coordinates(user, facts) && facts.status() != CaseStatus.CONCEPT;
    }

    /** A coordinator who reaches an open case assigns it to a coordinator of its region. */
    public static boolean mayAssign(CurrentUser user, CaseFacts facts) {
        return coordinates(user, facts) && facts.status().isOpen() && facts.status() != CaseStatus.CONCEPT;
    }

    public static boolean mayRefer(CurrentUser user) {
        return user.hasRole(Role.VERWIJZER) || user.hasRole(Role.COORDINATOR);
    }

    /**
     * The submitted cases the user sees through their role, for the list queries: {@code intakePoints} per region
     * of the user (a missing region has none), {@code chairedCases} the cases on agendas they chair.
     */
    public static CaseScope scope(CurrentUser user, Map<String, IntakePoints> intakePoints, Set<Long> chairedCases) {
        Set<String> whole = new HashSet<>();
        Map<String, Set<Sector>> limited = new HashMap<>();
        if (user.hasRole(Role.COORDINATOR)) {
            for (String region : user.regionSlugs()) {
                Optional<Set<Sector>> limit = intakePoints.getOrDefault(region, IntakePoints.NONE)
                        .limitOf(user.organisationId());
                limit.ifPresentOrElse(sectors -> limited.put(region, sectors), () -> whole.add(region));
            }
        }
        return new CaseScope(user.id(), whole, limited, limited.keySet(),
                user.hasRole(Role.VOORZITTER) ? chairedCases : Set.of());
    }

    /** Whether the user sees every case they take part in (not only their own drafts). */
    public static boolean seesCasesTakenPartIn(CurrentUser user) {
        return isProfessional(user);
    }

    /**
     * The coordinators who reach the case and the case's regiehouder may close a submitted case that is still
     * open; {@code regiehouders} are the users with the REGIEHOUDER role on this case.
     */
    public static boolean mayClose(CurrentUser user, CaseFacts facts, Set<Long> regiehouders) {
        boolean allowed = coordinates(user, facts) || regiehouders.contains(user.id());
        return allowed && CaseLifecycle.CLOSABLE.contains(facts.status());
    }

    /** Only the coordinators who reach a closed case reopen it. */
    public static boolean mayReopen(CurrentUser user, CaseFacts facts) {
        return coordinates(user, facts) && facts.status() == CaseStatus.AFGESLOTEN;
    }

    /**
     * A coordinator of the case's region who reaches it: the whole region, or their intake point's sectors, or the
     * case is assigned to them.
     */
    public static boolean coordinates(CurrentUser user, CaseFacts facts) {
        return reaches(user, facts.regionSlug(), facts.intakePoints(), facts.sector(), facts.assignedCoordinatorId());
    }

    /** {@link #coordinates} for a case known by its region, sector and assigned coordinator only (list rows). */
    public static boolean reaches(CurrentUser user, String regionSlug, IntakePoints intakePoints, Sector sector,
            Long assignedCoordinatorId) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(regionSlug)
                && (intakePoints.reaches(user.organisationId(), sector)
                        || Long.valueOf(user.id()).equals(assignedCoordinatorId));
    }

    /** {@link #coordinates} for one of the region's coordinators as a mail recipient. */
    static boolean reaches(UserContact coordinator, CaseFacts facts) {
        return facts.intakePoints().reaches(coordinator.organisationId(), facts.sector())
                || Long.valueOf(coordinator.id()).equals(facts.assignedCoordinatorId());
    }

    private static boolean chairs(CurrentUser user, CaseFacts facts) {
        return user.hasRole(Role.VOORZITTER) && facts.chairUserIds().contains(user.id());
    }

    private static boolean isProfessional(CurrentUser user) {
        return user.hasRole(Role.VERWIJZER) || user.hasRole(Role.DEELNEMER) || user.hasRole(Role.COORDINATOR);
    }
}
