package nl.doorbraak.casefile.internal;

import java.util.List;

/** The input breaks a rule; nothing was saved. The problems name the fields, so the form can show them. */
public class InputRefused extends RuntimeException {

    private final List<FieldProblem> problems;

    public InputRefused(List<FieldProblem> problems) {
        super("invoer geweigerd: " + problems.size() + " problemen");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InputRefused(problems);
        }
    }
}
