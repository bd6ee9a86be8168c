package nl.doorbraak.leertafel.internal;

import nl.doorbraak.anonymity.AnonymityResult;

/**
 * The notes hold something that may identify a person or a school: nothing is stored, the page shows each hit in
 * place with its kind and reason so the writer can rewrite it. The text itself stays out of logs and the audit.
 */
public class NotesNotAnonymous extends RuntimeException {

    private final transient AnonymityResult result;

    public NotesNotAnonymous(AnonymityResult result) {
        super("notes hold " + result.hits().size() + " possible identifiers");
        this.result = result;
    }

    public AnonymityResult result() {
        return result;
    }
}
