package nl.doorbraak.casefile;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.identity.CurrentUser;

/** What the planning module may do with cases: list the admitted ones, mark one planned, add participants. */
public interface CasePlanning {

    /** Admitted (TOEGELATEN) cases of the region waiting for a table, earliest deadline first; the read is audited. */
    List<CaseAwaitingTable> awaitingTable(CurrentUser viewer, String regionSlug);

    /**
     * For the start page: how many admitted cases of the coordinator's regions {@link #awaitingTable} lists, as a
     * count (at most 1000); a number only, so not audited.
     */
    long countAwaitingTable(CurrentUser coordinator);

    /** The admitted case, when it waits in one of the coordinator's regions; the read is audited. */
    Optional<CaseAwaitingTable> awaitingCase(CurrentUser coordinator, long caseId);

    /**
     * Moves an admitted case of the user's region to GEPLAND, with a timeline event and an audit entry.
     *
     * @throws CasePlanningRefused when the case is not admitted or not the coordinator's
     */
    CaseAwaitingTable markPlanned(CurrentUser coordinator, long caseId);

    /** Gives a user need-to-know of the case as a participant (idempotent). */
    void addParticipant(long caseId, long userId);

    /** Running (IN_UITVOERING) cases of the region that may get a follow-up meeting; the read is audited. */
    List<CaseAwaitingTable> inExecution(CurrentUser viewer, String regionSlug);

    /** The running case, when it is in one of the coordinator's regions; the read is audited. */
    Optional<CaseAwaitingTable> followUpCase(CurrentUser coordinator, long caseId);

    /**
     * Records that a running case of the user's region goes on a follow-up meeting; it stays IN_UITVOERING.
     *
     * @throws CasePlanningRefused when the case is not running or not the coordinator's
     */
    CaseAwaitingTable markFollowUpPlanned(CurrentUser coordinator, long caseId);
}
