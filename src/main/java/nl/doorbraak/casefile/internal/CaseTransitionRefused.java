package nl.doorbraak.casefile.internal;

/** A change the case's state does not allow; the message key explains why in Dutch. */
public class CaseTransitionRefused extends RuntimeException {

    private final String messageKey;

    public CaseTransitionRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
