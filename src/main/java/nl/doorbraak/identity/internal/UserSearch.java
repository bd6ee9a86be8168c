package nl.doorbraak.identity.internal;

import nl.doorbraak.common.Role;

/** Criteria for the user list; null or blank criteria do not filter. */
public record UserSearch(String text, String regionSlug, Role role) {
}
