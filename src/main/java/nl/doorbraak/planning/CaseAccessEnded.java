package nl.doorbraak.planning;

/**
 * A user was taken off the agenda and no longer takes part in the case on any planned meeting: their need-to-know
 * ended. Published inside the transaction that removed them.
 */
public record CaseAccessEnded(long caseId, long userId) {
}
