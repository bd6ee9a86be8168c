package nl.doorbraak.dossier.internal;

/** A dossier action that is not allowed now; the message key explains why in Dutch. */
public class DossierRefused extends RuntimeException {

    private final String messageKey;

    public DossierRefused(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
