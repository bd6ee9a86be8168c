package nl.doorbraak.casefile.internal;

import nl.doorbraak.casefile.CaseStatus;

/** What one decider decides in the vooroverleg, and the status it leads to. */
public enum TriageChoice {
    TOELATEN(CaseStatus.TOEGELATEN), TERUGVERWIJZEN(CaseStatus.TERUGGESTUURD), AFWIJZEN(CaseStatus.AFGEWEZEN);

    private final CaseStatus outcome;

    TriageChoice(CaseStatus outcome) {
        this.outcome = outcome;
    }

    public CaseStatus outcome() {
        return outcome;
    }
}
