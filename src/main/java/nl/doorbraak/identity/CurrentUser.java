package nl.doorbraak.identity;

import java.io.Serializable;
import java.util.Set;

import nl.doorbraak.common.Role;

/**
 * The logged-in user as other modules need it: who, for which organisation, in which regions, with which roles.
 * Loaded at login and kept in the session; any change to the account (by the administrator, a lockout, the user's
 * own new password) takes effect at the next request of every session: it ends them (the one making the change is
 * refreshed), and the user logs in again with the rights as they are now.
 */
public record CurrentUser(long id, String username, String displayName, Long organisationId,
        Set<String> regionSlugs, Set<Role> roles) implements Serializable {

    public CurrentUser {
        regionSlugs = Set.copyOf(regionSlugs);
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean worksInRegion(String regionSlug) {
        return regionSlugs.contains(regionSlug);
    }
}
