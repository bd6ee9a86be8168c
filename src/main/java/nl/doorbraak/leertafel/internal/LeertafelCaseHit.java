package nl.doorbraak.leertafel.internal;

/**
 * One hit of the identifier check in one field of a case: where ({@code line} is the intervention's line, else 0),
 * which characters, the kind (IdentifierKind's code) and the plain-Dutch reason. Never logged or stored, unless the
 * author marks it as no personal data.
 */
public record LeertafelCaseHit(CaseTextField field, int line, int start, int end, String kind, String reason,
        String phrase) {

    /** Whether the author's marking is about this very hit. */
    public boolean matches(LeertafelCaseMarking marking) {
        return marking.field() == field && marking.line() == line && kind.equals(marking.kind())
                && phrase.equals(marking.phrase());
    }
}
