package nl.doorbraak.casefile;

/** The family withdrew consent: the case stopped. */
public record ConsentWithdrawn(long caseId, String regionSlug) {
}
