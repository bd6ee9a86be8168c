package nl.doorbraak.proposals.internal;

import java.util.List;

/** A rule's problem with one field of a form: the message key and its arguments, for the form to show. */
public record FieldProblem(String field, String messageKey, List<Object> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String messageKey, Object... arguments) {
        return new FieldProblem(field, messageKey, List.of(arguments));
    }
}
