package nl.doorbraak.planning.internal;

/** What "Alle structurele partners toevoegen" did: how many it added and how many were on the list already. */
public record StructuralPartnersAdded(int added, int skipped) {
}
