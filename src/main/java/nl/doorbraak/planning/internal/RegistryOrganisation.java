package nl.doorbraak.planning.internal;

/** One active organisation of the region's registry as the participants form offers it. */
public record RegistryOrganisation(long id, String name, RegistryGroup group, ParticipantRole role) {
}
