package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;

/**
 * Who may follow up an agreement and what input each step needs. The owner reports on their own work; the
 * regiehouder (or a coordinator of the region) steers: deadlines and scenarios. A closed case changes no more.
 */
final class FollowupRules {

    static final int MAX_NOTE = 2000;

    private FollowupRules() {
    }

    static boolean mayReport(CurrentUser user, FollowupAgreement agreement) {
        return agreement.ownedBy(user.id());
    }

    static boolean mayDirect(CurrentUser user, boolean regiehouder, String regionSlug) {
        return regiehouder || (user.hasRole(Role.COORDINATOR) && user.worksInRegion(regionSlug));
    }

    static boolean closed(CaseStatus status) {
        return status == CaseStatus.AFGESLOTEN || status == CaseStatus.GESTOPT;
    }

    static List<FollowupRefusal> done(FollowupAgreement agreement, String resultNote) {
        List<FollowupRefusal> refusals = new ArrayList<>();
        if (agreement.done()) {
            refusals.add(FollowupRefusal.global("afspraken.refused.alreadyDone"));
        }
        note(refusals, "resultNote", resultNote, "afspraken.done.note");
        return refusals;
    }

    static List<FollowupRefusal> problem(FollowupAgreement agreement, String description) {
        List<FollowupRefusal> refusals = new ArrayList<>();
        if (agreement.done()) {
            refusals.add(FollowupRefusal.global("afspraken.refused.alreadyDone"));
        }
        note(refusals, "problem", description, "afspraken.problem.description");
        return refusals;
    }

    static List<FollowupRefusal> deadline(FollowupAgreement agreement, LocalDate newDueOn, String reason,
            LocalDate today) {
        List<FollowupRefusal> refusals = new ArrayList<>();
        if (agreement.done()) {
            refusals.add(FollowupRefusal.global("afspraken.refused.alreadyDone"));
        }
        if (newDueOn == null) {
            refusals.add(new FollowupRefusal("newDueOn", "afspraken.deadline.date.required"));
        } else if (newDueOn.isBefore(today)) {
            refusals.add(new FollowupRefusal("newDueOn", "afspraken.deadline.date.past"));
        } else if (newDueOn.equals(agreement.dueOn())) {
            refusals.add(new FollowupRefusal("newDueOn", "afspraken.deadline.date.same"));
        }
        note(refusals, "reason", reason, "afspraken.deadline.reason");
        return refusals;
    }

    static List<FollowupRefusal> activation(boolean alreadyActivated, String reason, LocalDate dueOn, String result,
            LocalDate today) {
        List<FollowupRefusal> refusals = new ArrayList<>();
        if (alreadyActivated) {
            refusals.add(FollowupRefusal.global("afspraken.scenario.refused.activated"));
        }
        note(refusals, "reason", reason, "afspraken.scenario.reason");
        if (dueOn == null) {
            refusals.add(new FollowupRefusal("dueOn", "afspraken.scenario.due.required"));
        } else if (dueOn.isBefore(today)) {
            refusals.add(new FollowupRefusal("dueOn", "afspraken.scenario.due.past"));
        }
        if (result == null || result.isBlank()) {
            refusals.add(new FollowupRefusal("result", "afspraken.scenario.result.required"));
        } else if (result.strip().length() > 1000) {
            refusals.add(new FollowupRefusal("result", "afspraken.scenario.result.tooLong"));
        }
        return refusals;
    }

    private static void note(List<FollowupRefusal> refusals, String field, String text, String keyPrefix) {
        if (text == null || text.isBlank()) {
            refusals.add(new FollowupRefusal(field, keyPrefix + ".required"));
        } else if (text.strip().length() > MAX_NOTE) {
            refusals.add(new FollowupRefusal(field, keyPrefix + ".tooLong"));
        }
    }
}
