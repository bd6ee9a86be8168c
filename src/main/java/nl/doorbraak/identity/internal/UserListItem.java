package nl.doorbraak.identity.internal;

/** One row of the user list. */
public record UserListItem(long id, String username, String displayName, String email, String organisationName,
        boolean active, boolean locked, String roles, String regions) {
}
