package nl.doorbraak.casefile.internal;

/** An open case about the same youth: with its id when the user may see it, else only the region's name. */
public record DuplicateHint(Long visibleCaseId, String regionName) {
}
