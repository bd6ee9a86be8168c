package nl.doorbraak.voortgang.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The user may read the case's progress but is neither its regiehouder nor a coordinator of its region. */
@ResponseStatus(HttpStatus.FORBIDDEN)
public class MayNotPost extends RuntimeException {

    public MayNotPost(long caseId) {
        super("Geen voortgangsbericht voor casus " + caseId);
    }
}
