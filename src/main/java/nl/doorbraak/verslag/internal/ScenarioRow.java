package nl.doorbraak.verslag.internal;

/** A stored "als ... dan ..." with the participant who acts. */
public record ScenarioRow(long id, String ifThis, String thenThat, long ownerId) {
}
