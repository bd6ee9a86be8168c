package nl.doorbraak.dossier.internal;

/**
 * An upload that is not taken: the message key (with its arguments) says why in Dutch, naming the field; the reason
 * goes into the DENIED audit row and never holds the file name.
 */
public class DocumentRefused extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    DocumentRefused(String messageKey, String reason, Object... arguments) {
        super(reason);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    String reason() {
        return getMessage();
    }
}
