package nl.doorbraak.proposals.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.proposals.internal.IdentifierScreen.IdentifierFound;

/** Every problem a form's rules found, and per field the identifiers that must be rewritten before saving. */
public final class FormCheck {

    private final List<FieldProblem> problems = new ArrayList<>();
    private final Map<String, List<IdentifierFound>> identifiers = new LinkedHashMap<>();

    void problem(String field, String messageKey, Object... arguments) {
        problems.add(FieldProblem.of(field, messageKey, arguments));
    }

    void identifiers(String field, List<IdentifierFound> found) {
        if (!found.isEmpty()) {
            identifiers.put(field, List.copyOf(found));
            problem(field, "proposals.identifiers.found", found.size());
        }
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public Map<String, List<IdentifierFound>> identifiers() {
        return Map.copyOf(identifiers);
    }

    public boolean clean() {
        return problems.isEmpty();
    }
}
