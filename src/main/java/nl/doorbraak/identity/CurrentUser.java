package nl.doorbraak.identity;

import java.io.Serializable;
import java.util.Set;

import nl.doorbraak.common.Role;

/**
 * The logged-in user as other modules need it: who, for which organisation, in which regions, with which roles.
 * Loaded once at login; a change by the administrator takes effect at the next login.
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
