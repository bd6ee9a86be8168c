package nl.doorbraak.casefile.internal;

import java.time.OffsetDateTime;

/**
 * One possible duplicate as a coordinator of this case's region sees it: the other case's number only when they
 * may see that case, else only its region's name; never its content.
 */
public record DuplicateMark(long id, Long otherCaseId, String otherRegionName, OffsetDateTime foundAt, DuplicateDecision decision, String decidedByName, OffsetDateTime decidedAt) {

    public boolean open() {
        return decision == null;
    }
}
