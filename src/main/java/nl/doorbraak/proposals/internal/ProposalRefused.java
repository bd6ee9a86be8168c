package nl.doorbraak.proposals.internal;

/** A change the rules refuse (an illegal status move); the form shows the message next to the field it names. */
public class ProposalRefused extends RuntimeException {

    private final String field;
    private final String messageKey;

    public ProposalRefused(String field, String messageKey) {
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
