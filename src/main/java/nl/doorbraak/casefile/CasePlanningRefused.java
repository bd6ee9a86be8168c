package nl.doorbraak.casefile;

/** The case cannot be planned (not admitted, or not visible); the message key says why in Dutch. */
public class CasePlanningRefused extends RuntimeException {

    private final String messageKey;

    public CasePlanningRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
