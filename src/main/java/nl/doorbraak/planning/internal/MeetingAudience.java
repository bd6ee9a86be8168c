package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Set;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;

/**
 * What a person sees of a meeting, one rule for the meeting page, the .ics download and the invitation mails: the
 * chair sees the whole agenda; a coordinator of the region sees the items of the cases they reach as coordinator
 * ({@code reached}: all of them for the region's overall coordinators, the intake point's and assigned cases for an
 * intake coordinator); anyone else only the agenda items they take part in. Several families' cases share one
 * meeting, so seeing the meeting is not seeing every case on it. Only someone who sees every case on it manages it.
 */
final class MeetingAudience {

    private MeetingAudience() {
    }

    static boolean coordinatesRegion(CurrentUser user, Meeting meeting) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(meeting.regionSlug());
    }

    static boolean chairs(CurrentUser user, Meeting meeting) {
        return meeting.chairUserId() != null && meeting.chairUserId() == user.id();
    }

    /** A coordinator of the region who reaches every case on the agenda changes the meeting. */
    static boolean manages(CurrentUser user, Meeting meeting, List<AgendaItem> items, Set<Long> reached) {
        return coordinatesRegion(user, meeting) && items.stream().allMatch(item -> reached.contains(item.caseId()));
    }

    static boolean seesWholeAgenda(CurrentUser user, Meeting meeting, List<AgendaItem> items, Set<Long> reached) {
        return chairs(user, meeting) || manages(user, meeting, items, reached);
    }

    static boolean takesPart(CurrentUser user, AgendaItem item) {
        return item.participants().stream().anyMatch(p -> p.userId() != null && p.userId() == user.id());
    }

    /** The items of the meeting the user may see, in agenda order. */
    static List<AgendaItem> visibleItems(CurrentUser user, Meeting meeting, List<AgendaItem> items, Set<Long> reached) {
        if (chairs(user, meeting)) {
            return items;
        }
        boolean coordinator = coordinatesRegion(user, meeting);
        return items.stream().filter(item -> takesPart(user, item)
                || (coordinator && reached.contains(item.caseId()))).toList();
    }
}
