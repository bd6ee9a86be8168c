package nl.doorbraak.identity.internal;

import java.time.Instant;
import java.util.Set;

import nl.doorbraak.common.Role;

/** A user as the edit page shows it, with its version for optimistic locking. */
public record EditableUser(long id, String username, String displayName, String email, Long organisationId,
        boolean active, Instant lockedUntil, int failedLogins, int version, Set<String> regionSlugs, Set<Role> roles) {

    public boolean lockedAt(Instant now) {
        return LockoutPolicy.isLocked(lockedUntil, now);
    }
}
