package nl.doorbraak.identity.internal;

/** A user change that is not allowed; names the form field (or null) and the message key to show. */
public class UserChangeRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    UserChangeRefused(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
