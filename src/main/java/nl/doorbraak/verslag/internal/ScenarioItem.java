package nl.doorbraak.verslag.internal;

/** A scenario on the case's page with its owner's name and whether the reader may activate it now. */
public record ScenarioItem(ScenarioActivationRow scenario, String ownerName, boolean mayActivate) {
}
