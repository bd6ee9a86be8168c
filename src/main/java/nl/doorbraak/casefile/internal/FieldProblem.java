package nl.doorbraak.casefile.internal;

/** A refused value: the form field it belongs to and the Dutch message key that says why. */
public record FieldProblem(String field, String messageKey) {
}
