package nl.doorbraak.identity.internal;

import java.util.Set;
import java.util.TreeSet;

import nl.doorbraak.common.Role;

/** What an administrator enters for a user (never a password: that goes separately). */
public record UserDraft(String username, String displayName, String email, Long organisationId,
        Set<String> regionSlugs, Set<Role> roles) {

    public UserDraft {
        regionSlugs = Set.copyOf(regionSlugs);
        roles = Set.copyOf(roles);
    }

    /** For the audit log: what the user now looks like, without anything secret; typed free text comes last. */
    String describe() {
        return AccountDetails.of(username, roles) + "; regio's=" + new TreeSet<>(regionSlugs)
                + "; organisatie=" + organisationId + "; naam=" + displayName + "; e-mail=" + email;
    }
}
