package nl.doorbraak.casefile;

import nl.doorbraak.identity.CurrentUser;

/**
 * What the leertafel may ask of a closed case when a coordinator offers it: its facts in a form ready for bands, and
 * a line on its timeline that it was offered. Nothing here names the leertafel item: the case never learns which one
 * it became.
 */
public interface ClosedCaseFacts {

    /**
     * The closed case when the user is a coordinator who reaches it; the read is audited under {@code auditAction}.
     *
     * @throws CaseHidden when it does not exist, the user may not see it, or it is not closed (audited as DENIED)
     */
    ClosedCase closed(CurrentUser coordinator, long caseId, String auditAction);

    /**
     * The closed cases of the region this coordinator reaches that were never offered to the leertafel, newest first:
     * ids only, so nothing is read or audited (for a list of what could be offered, and the demo).
     */
    java.util.List<Long> notYetOffered(CurrentUser coordinator, String regionSlug);

    /** Timeline and audit ({@code CASUS_AANGEBODEN_AAN_LEERTAFEL}): the case was offered to the leertafel, now. */
    void recordOfferedToLeertafel(CurrentUser coordinator, long caseId);
}
