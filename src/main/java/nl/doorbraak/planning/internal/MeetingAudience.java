package nl.doorbraak.planning.internal;

import java.util.List;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;

/**
 * What a person sees of a meeting, one rule for the meeting page, the .ics download and the invitation mails: the
 * region's coordinators (who manage it) and the chair see the whole agenda; anyone else only the agenda items they
 * take part in. Several families' cases share one meeting, so seeing the meeting is not seeing every case on it.
 */
final class MeetingAudience {

    private MeetingAudience() {
    }

    static boolean manages(CurrentUser user, Meeting meeting) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(meeting.regionSlug());
    }

    static boolean chairs(CurrentUser user, Meeting meeting) {
        return meeting.chairUserId() != null && meeting.chairUserId() == user.id();
    }

    static boolean seesWholeAgenda(CurrentUser user, Meeting meeting) {
        return manages(user, meeting) || chairs(user, meeting);
    }

    static boolean takesPart(CurrentUser user, AgendaItem item) {
        return item.participants().stream().anyMatch(p -> p.userId() != null && p.userId() == user.id());
    }

    /** The items of the meeting the user may see, in agenda order. */
    static List<AgendaItem> visibleItems(CurrentUser user, Meeting meeting, List<AgendaItem> items) {
        if (seesWholeAgenda(user, meeting)) {
            return items;
        }
        return items.stream().filter(item -> takesPart(user, item)).toList();
    }
}
