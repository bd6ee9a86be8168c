package nl.doorbraak.proposals.internal;

/** An id with the name to show for it (an organisation, a theme, a user). */
public record NamedRef(long id, String name) {
}
