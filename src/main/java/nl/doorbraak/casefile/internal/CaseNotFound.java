package nl.doorbraak.casefile.internal;

import nl.doorbraak.casefile.CaseHidden;

/** The casefile module's own name for a hidden case. */
public class CaseNotFound extends CaseHidden {

    public CaseNotFound(long caseId) {
        super(caseId);
    }
}
