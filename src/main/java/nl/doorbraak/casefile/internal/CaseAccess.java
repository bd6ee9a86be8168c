package nl.doorbraak.casefile.internal;

import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;

/**
 * Need to know, in one place: referrers and participants see the cases they take part in, coordinators and
 * chairs the cases of their regions; policy, leertafel, privacy and administrators see no case content.
 * Several roles give the union of their rights. Pure: a function of user and case facts.
 */
public final class CaseAccess {

    private CaseAccess() {
    }

    public static boolean maySee(CurrentUser user, CaseFacts facts) {
        return (facts.status() != CaseStatus.CONCEPT && coordinatesRegion(user, facts))
                || (isProfessional(user) && facts.involves(user.id()))
                || (facts.status() == CaseStatus.CONCEPT && facts.referrerUserId() == user.id());
    }

    /** Drafts are the referrer's own until submitted. */
    public static boolean mayEditDraft(CurrentUser user, CaseFacts facts) {
        return facts.status() == CaseStatus.CONCEPT && facts.referrerUserId() == user.id();
    }

    public static boolean mayTriage(CurrentUser user, CaseFacts facts) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug())
                && (facts.status() == CaseStatus.AANGEMELD || facts.status() == CaseStatus.IN_VOOROVERLEG);
    }

    /** The region's coordinators plan admitted cases onto a table. */
    public static boolean mayPlan(CurrentUser user, CaseFacts facts) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug())
                && facts.status() == CaseStatus.TOEGELATEN;
    }

    /** The region's coordinators plan a follow-up meeting for a case whose plan is being carried out. */
    public static boolean mayPlanFollowUp(CurrentUser user, CaseFacts facts) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug())
                && facts.status() == CaseStatus.IN_UITVOERING;
    }

    /** The referrer and the region's coordinators may record that consent was withdrawn. */
    public static boolean mayWithdrawConsent(CurrentUser user, CaseFacts facts) {
        boolean allowed = facts.referrerUserId() == user.id()
                || (user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug()));
        return allowed && facts.status().isOpen() && facts.status() != CaseStatus.CONCEPT;
    }

    /**
     * The region's coordinators see a submitted case's possible duplicates and decide on them; on the timeline
     * only they see those decisions, so nobody else learns that another case exists.
     */
    public static boolean mayJudgeDuplicates(CurrentUser user, CaseFacts facts) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug())
                && facts.status() != CaseStatus.CONCEPT;
    }

    public static boolean mayRefer(CurrentUser user) {
        return user.hasRole(Role.VERWIJZER) || user.hasRole(Role.COORDINATOR);
    }

    /** The regions whose submitted cases the user sees all of: a coordinator's or chair's regions, else none. */
    public static Set<String> regionsSeenWhole(CurrentUser user) {
        return user.hasRole(Role.COORDINATOR) || user.hasRole(Role.VOORZITTER) ? user.regionSlugs() : Set.of();
    }

    /** Whether the user sees every case they take part in (not only their own drafts). */
    public static boolean seesCasesTakenPartIn(CurrentUser user) {
        return isProfessional(user);
    }

    /**
     * The region's coordinators and the case's regiehouder may close a submitted case that is still open;
     * {@code regiehouders} are the users with the REGIEHOUDER role on this case.
     */
    public static boolean mayClose(CurrentUser user, CaseFacts facts, Set<Long> regiehouders) {
        boolean allowed = (user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug()))
                || regiehouders.contains(user.id());
        return allowed && CaseLifecycle.CLOSABLE.contains(facts.status());
    }

    /** Only the region's coordinators reopen a closed case. */
    public static boolean mayReopen(CurrentUser user, CaseFacts facts) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(facts.regionSlug())
                && facts.status() == CaseStatus.AFGESLOTEN;
    }

    private static boolean coordinatesRegion(CurrentUser user, CaseFacts facts) {
        return regionsSeenWhole(user).contains(facts.regionSlug());
    }

    private static boolean isProfessional(CurrentUser user) {
        return user.hasRole(Role.VERWIJZER) || user.hasRole(Role.DEELNEMER) || user.hasRole(Role.COORDINATOR);
    }
}
