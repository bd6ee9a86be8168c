package nl.doorbraak.verslag.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A SMART agreement of a finalised verslag as it is followed up: its owner (an agenda participant of the meeting
 * {@code agendaItemId}, with an account or not), its deadline and what became of it.
 */
public record FollowupAgreement(long id, long verslagId, long agendaItemId, long caseId, String what, long ownerId,
        Long ownerUserId, LocalDate dueOn, String how, String result, String status, String resultNote,
        String problemNote, Instant doneAt) {

    public static final String OPEN = "OPEN";
    public static final String DONE = "GEDAAN";
    public static final String PROBLEM = "PROBLEEM";
    /** Lapsed: the case closed while the agreement was open. */
    public static final String LAPSED = "VERVALLEN";

    /** Finished: done, or lapsed with the case; nothing more to follow up. */
    public boolean done() {
        return DONE.equals(status) || LAPSED.equals(status);
    }

    public boolean overdue(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }

    public boolean ownedBy(long userId) {
        return ownerUserId != null && ownerUserId == userId;
    }
}
