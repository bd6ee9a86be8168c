package nl.doorbraak.escalation.internal;

/** What someone enters to escalate a case; {@code saveConsent} is null when SAVE is not involved. */
public record EscalationDraft(String reason, SaveConsent saveConsent) {

    boolean saveInvolved() {
        return saveConsent != null;
    }
}
