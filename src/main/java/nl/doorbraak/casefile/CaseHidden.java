package nl.doorbraak.casefile;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The case does not exist or this user may not see it: both answer 404, so existence does not leak. The refusal
 * is audited before this is thrown, so a caller's transaction must not roll back on it.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseHidden extends RuntimeException {

    private final long caseId;

    public CaseHidden(long caseId) {
        super("Casus " + caseId + " niet gevonden");
        this.caseId = caseId;
    }

    public long caseId() {
        return caseId;
    }
}
