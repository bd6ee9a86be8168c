package nl.doorbraak.escalation.internal;

/** The user may not do this with an escalation, or it is no longer open; the key names the Dutch message. */
public class EscalationRefused extends RuntimeException {

    private final String messageKey;

    EscalationRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
