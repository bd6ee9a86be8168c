package nl.doorbraak.casefile.internal;

import java.util.List;

/** One decider's vooroverleg: the checklist answers, the choice and the reason. */
public record TriageInput(boolean conditionHolds, List<Integer> circumstancesThatHold, TriageChoice choice,
        String reason, boolean admitDespiteCriteria) {

    public TriageInput {
        circumstancesThatHold = circumstancesThatHold == null ? List.of() : List.copyOf(circumstancesThatHold);
    }
}
