package nl.doorbraak.casefile.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The case does not exist or this user may not see it: both answer 404, so existence does not leak. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFound extends RuntimeException {

    public CaseNotFound(long caseId) {
        super("Casus " + caseId + " niet gevonden");
    }
}
