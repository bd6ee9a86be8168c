package nl.doorbraak.identity.internal;

import java.time.Instant;

/** A token just made: the only moment the full token exists outside the owner's hands. */
public record CreatedApiToken(long id, String name, String token, Instant expiresAt) implements java.io.Serializable {
}
