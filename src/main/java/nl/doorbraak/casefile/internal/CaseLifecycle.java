package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;

/**
 * The state machine of one case. Each transition checks the current status, moves on and records a past-tense
 * event; an illegal move is refused with a message key. Pure: no Spring, no database.
 */
public final class CaseLifecycle {

    private static final Set<CaseStatus> TRIAGE_OPEN = EnumSet.of(CaseStatus.AANGEMELD, CaseStatus.IN_VOOROVERLEG);
    /** A submitted case that is still open may end; a draft is not a case yet. */
    static final Set<CaseStatus> CLOSABLE = EnumSet.of(CaseStatus.AANGEMELD, CaseStatus.IN_VOOROVERLEG,
            CaseStatus.TOEGELATEN, CaseStatus.GEPLAND, CaseStatus.IN_UITVOERING);

    private CaseStatus status;
    private final List<CaseEvent> recorded = new ArrayList<>();

    public CaseLifecycle(CaseStatus status) {
        this.status = status;
    }

    public static CaseLifecycle draft(long actor, Instant at) {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.CONCEPT);
        lifecycle.record(CaseEventType.CONCEPT_OPGESLAGEN, actor, at, null);
        return lifecycle;
    }

    public void submit(long actor, Instant at) {
        require(status == CaseStatus.CONCEPT, "case.refused.notDraft");
        move(CaseStatus.AANGEMELD, CaseEventType.AANGEMELD, actor, at, null);
    }

    /**
     * The referrer amended a case that was sent back with advice and submits it again: a new vooroverleg round on
     * the same case; {@code changes} says which parts changed.
     */
    public void resubmit(long actor, Instant at, String changes) {
        require(status == CaseStatus.TERUGGESTUURD, "case.refused.notReturned");
        move(CaseStatus.AANGEMELD, CaseEventType.OPNIEUW_AANGEMELD, actor, at, changes);
    }

    /** A first decider looks at the case; later deciders of a joint decision find it already in triage. */
    public void startTriage(long actor, Instant at) {
        require(TRIAGE_OPEN.contains(status), "case.refused.notAwaitingTriage");
        if (status == CaseStatus.AANGEMELD) {
            move(CaseStatus.IN_VOOROVERLEG, CaseEventType.VOOROVERLEG_GESTART, actor, at, null);
        }
    }

    /** One decider of a joint decision decided; the case waits for the others. */
    public void recordPartialDecision(long actor, Instant at, String reason) {
        require(status == CaseStatus.IN_VOOROVERLEG, "case.refused.notInTriage");
        record(CaseEventType.BESLUIT_VASTGELEGD, actor, at, reason);
    }

    public void admit(long actor, Instant at, String reason) {
        decide(CaseStatus.TOEGELATEN, CaseEventType.TOEGELATEN, actor, at, reason);
    }

    public void sendBack(long actor, Instant at, String reason) {
        decide(CaseStatus.TERUGGESTUURD, CaseEventType.TERUGGESTUURD, actor, at, reason);
    }

    public void reject(long actor, Instant at, String reason) {
        decide(CaseStatus.AFGEWEZEN, CaseEventType.AFGEWEZEN, actor, at, reason);
    }

    /** An admitted case is put on a table's agenda. */
    public void plan(long actor, Instant at) {
        require(status == CaseStatus.TOEGELATEN, "case.refused.notAdmitted");
        move(CaseStatus.GEPLAND, CaseEventType.GEPLAND, actor, at, null);
    }

    /** The inbrenger sent the dossier to the participants of a planned or running case. */
    public void sendDossier(long actor, Instant at, String detail) {
        require(status == CaseStatus.GEPLAND || status == CaseStatus.IN_UITVOERING, "case.refused.notPlanned");
        record(CaseEventType.DOSSIER_VERSTUURD, actor, at, detail);
    }

    /** The table met and its verslag is final: the plan is carried out (a follow-up meeting keeps it so). */
    public void finaliseVerslag(long actor, Instant at, String detail) {
        require(status == CaseStatus.GEPLAND || status == CaseStatus.IN_UITVOERING, "case.refused.notPlanned");
        if (status == CaseStatus.GEPLAND) {
            move(CaseStatus.IN_UITVOERING, CaseEventType.VERSLAG_VASTGESTELD, actor, at, detail);
        } else {
            record(CaseEventType.VERSLAG_VASTGESTELD, actor, at, detail);
        }
    }

    public void withdrawConsent(long actor, Instant at, String reason) {
        require(status.isOpen(), "case.refused.closed");
        requireReason(reason);
        move(CaseStatus.GESTOPT, CaseEventType.TOESTEMMING_INGETROKKEN, actor, at, reason);
    }

    /** A passend aanbod is found; only a case that went to a table can end that way. */
    public void closeWithOffer(long actor, Instant at, String detail) {
        require(status == CaseStatus.GEPLAND || status == CaseStatus.IN_UITVOERING, "case.refused.noTableForOffer");
        move(CaseStatus.AFGESLOTEN, CaseEventType.AFGESLOTEN, actor, at, detail);
    }

    /** The case ends without a passend aanbod; "anders" needs an explanation. */
    public void closeForReason(long actor, Instant at, ClosureReason reason, String explanation, String detail) {
        require(CLOSABLE.contains(status), "case.refused.notClosable");
        require(reason != null, "case.refused.closureReasonRequired");
        require(reason != ClosureReason.ANDERS || (explanation != null && !explanation.isBlank()),
                "case.refused.explanationRequired");
        move(CaseStatus.AFGESLOTEN, CaseEventType.AFGESLOTEN_ZONDER_AANBOD, actor, at, detail);
    }

    /** A closed case opens again, in the status it was closed from. */
    public void reopen(long actor, Instant at, CaseStatus closedFrom, String reason) {
        require(status == CaseStatus.AFGESLOTEN, "case.refused.notClosed");
        require(CLOSABLE.contains(closedFrom), "case.refused.notClosed");
        requireReason(reason);
        move(closedFrom, CaseEventType.HEROPEND, actor, at, reason);
    }

    /** A running case goes on another table's agenda as a follow-up; it stays IN_UITVOERING. */
    public void planFollowUp(long actor, Instant at) {
        require(status == CaseStatus.IN_UITVOERING, "case.refused.notInExecution");
        record(CaseEventType.VERVOLGOVERLEG_GEPLAND, actor, at, null);
    }

    public CaseStatus status() {
        return status;
    }

    /** The events recorded since this object was made, oldest first. */
    public List<CaseEvent> recordedEvents() {
        return List.copyOf(recorded);
    }

    private void decide(CaseStatus outcome, CaseEventType type, long actor, Instant at, String reason) {
        require(status == CaseStatus.IN_VOOROVERLEG, "case.refused.notInTriage");
        requireReason(reason);
        move(outcome, type, actor, at, reason);
    }

    private void move(CaseStatus next, CaseEventType type, long actor, Instant at, String reason) {
        status = next;
        record(type, actor, at, reason);
    }

    private void record(CaseEventType type, long actor, Instant at, String reason) {
        recorded.add(new CaseEvent(type, actor, at, reason));
    }

    private static void requireReason(String reason) {
        require(reason != null && !reason.isBlank(), "case.refused.reasonRequired");
    }

    private static void require(boolean condition, String messageKey) {
        if (!condition) {
            throw new CaseTransitionRefused(messageKey);
        }
    }
}
