package nl.doorbraak.identity;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.common.Role;

/** Looks up active users for other modules, e.g. the coordinators of a region who must hear about a referral. */
public interface UserDirectory {

    /** Active users with the role who work in the region, ordered by username. */
    List<UserContact> withRoleInRegion(Role role, String regionSlug);

    Optional<UserContact> find(long id);

    /** The organisation's contact for the tables (an active user who works there), if the administrator set one. */
    Optional<UserContact> tableContactOf(long organisationId);

    /** The user as {@link CurrentUser}, for work done on someone's behalf outside a request (demo data). */
    Optional<CurrentUser> asCurrentUser(String username);

    /**
     * Demo only: creates an account with the demo password when the username is free; does nothing outside
     * the demo. Returns whether it created one.
     */
    boolean ensureDemoAccount(String username, String displayName, Long organisationId, String regionSlug, Role role);
}
