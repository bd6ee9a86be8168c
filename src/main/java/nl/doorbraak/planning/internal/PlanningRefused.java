package nl.doorbraak.planning.internal;

/** A planning action that is not allowed; the message key explains why in Dutch. */
public class PlanningRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public PlanningRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    /** The form field the refusal is about, or null for the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
