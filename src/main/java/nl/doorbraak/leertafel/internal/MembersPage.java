package nl.doorbraak.leertafel.internal;

import java.util.List;

import nl.doorbraak.identity.UserContact;

/**
 * The members page: the current and former members, the warnings about the group's make-up and, for the region's
 * coordinators, the users who can be added and the disciplines of the werkwijze.
 */
public record MembersPage(LeertafelTable table, List<Member> current, List<Member> former,
        List<MemberWarning> warnings, boolean manages, List<UserContact> candidates, List<String> disciplines) {
}
