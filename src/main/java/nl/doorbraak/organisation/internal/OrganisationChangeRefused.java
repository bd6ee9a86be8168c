package nl.doorbraak.organisation.internal;

/** A change the administrator may not make, or that another administrator made first; carries a message key. */
public class OrganisationChangeRefused extends RuntimeException {

    private final String messageKey;

    OrganisationChangeRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
