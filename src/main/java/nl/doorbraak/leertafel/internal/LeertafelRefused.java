package nl.doorbraak.leertafel.internal;

/** A change of a leertafel's members or sessions refused by a rule, with the field and the Dutch message's key. */
public class LeertafelRefused extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public LeertafelRefused(String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments;
    }
}
