package nl.doorbraak.casefile;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import nl.doorbraak.identity.CurrentUser;

/**
 * What the modules after planning (dossier, verslag) may ask of a case: a need-to-know check with an audited read,
 * access for participants, and the case's steps after planning on its timeline.
 */
public interface CaseParticipation {

    /**
     * The case when the user may see it; the read is audited under {@code auditAction}.
     *
     * @throws CaseHidden when it does not exist or the user may not see it (audited as DENIED)
     */
    CaseSummary visible(CurrentUser user, long caseId, String auditAction);

    /**
     * The case when the user may see it, for a change the caller audits itself: a visible case writes no row here,
     * so the attempt gets exactly one, with its final outcome (SUCCESS once the change happened, or DENIED with the
     * reason when the caller refuses it). Use {@link #visible} for reads.
     *
     * @throws CaseHidden when it does not exist or the user may not see it (one DENIED row under {@code action})
     */
    CaseSummary visibleForChange(CurrentUser user, long caseId, String action);

    /**
     * Which of these cases the user may see, for a count that shows nothing of them (the start page): no case is
     * read, so nothing is audited. One access check per case: for a user's own few cases, not for lists.
     */
    Set<Long> visibleAmong(CurrentUser user, Collection<Long> caseIds);

    /** Whether the user takes part as the inbrenger (the referrer who brings the case to the table). */
    boolean isInbrenger(CurrentUser user, CaseSummary summary);

    /** Gives users need-to-know of the case as participants (idempotent). */
    void grantAccess(long caseId, Collection<Long> userIds);

    /** Ends a participant's need-to-know; the inbrenger's own access stays. */
    void revokeAccess(long caseId, long userId);

    /** The verslag named the regiehouder: this user (or nobody, when null or an external person) owns progress. */
    void assignRegiehouder(long caseId, Long userId);

    /** Timeline: the inbrenger sent the dossier to {@code recipients} participants. */
    void recordDossierSent(CurrentUser actor, long caseId, int recipients);

    /**
     * The table met and its verslag was finalised: a planned case moves to IN_UITVOERING (a case already in
     * execution stays there, as after a follow-up meeting), with a timeline event naming the meeting date.
     *
     * @throws CasePlanningRefused when the case is not planned or in execution
     */
    void recordVerslagFinalised(CurrentUser chair, long caseId, LocalDate meetingDate);

    /** The users taking part in the case: the referrer and every participant (inbrenger, deelnemer, regiehouder, chair). */
    List<Long> participantUserIds(long caseId);

    /**
     * Timeline: someone escalated the case ({@code resolved} false, with the reason) or resolved an escalation
     * ({@code resolved} true, with the decision). The case's status does not change.
     */
    void recordEscalation(CurrentUser actor, long caseId, boolean resolved, String text);

    /**
     * Timeline: closing the case cancelled a meeting ahead ({@code text} its date) or let its open agreements lapse
     * ({@code text} how many). For escalations use {@link #recordEscalation}. The caller audits its own objects.
     */
    void recordClosedWithCase(CurrentUser actor, long caseId, LooseEnd.Kind kind, String text);
}
