package nl.doorbraak.verslag.internal;

/** Finalising or correcting is not possible now (already finalised, nothing to correct); shown as a message. */
public class FinalisingRefused extends RuntimeException {

    private final String messageKey;

    public FinalisingRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
