package nl.doorbraak.verslag.internal;

import java.util.List;

/** Either the version just finalised, or what is still missing (then nothing changed). */
public record FinalisingOutcome(int version, List<FinalisingProblem> problems) {

    static FinalisingOutcome finalised(int version) {
        return new FinalisingOutcome(version, List.of());
    }

    static FinalisingOutcome incomplete(List<FinalisingProblem> problems) {
        return new FinalisingOutcome(0, problems);
    }

    public boolean done() {
        return problems.isEmpty();
    }
}
