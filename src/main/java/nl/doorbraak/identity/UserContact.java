package nl.doorbraak.identity;

/** How to reach a user, for modules that notify people: no roles or secrets. */
public record UserContact(long id, String username, String displayName, String email, Long organisationId) {
}
