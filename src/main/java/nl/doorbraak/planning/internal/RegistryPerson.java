package nl.doorbraak.planning.internal;

/** A user of the region who can take part, with the registry organisation of their account (or none). */
public record RegistryPerson(long id, String displayName, Long organisationId, ParticipantRole role) {
}
