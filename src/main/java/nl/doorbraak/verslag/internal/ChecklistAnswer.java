package nl.doorbraak.verslag.internal;

/**
 * The answer to one closing checklist question, at its position in the werkwijze's checklist. "Niet aanwezig"
 * stands in for the answer, only where the question allows it (see {@link ChecklistQuestion}).
 */
public record ChecklistAnswer(int position, String question, String answer, boolean notPresent) {

    /** The answer as stored: blank becomes null, and "niet aanwezig" replaces any text where it is allowed. */
    public static ChecklistAnswer of(int position, String question, String answer, boolean notPresent) {
        boolean absent = notPresent && ChecklistQuestion.allowsNotPresent(question);
        return new ChecklistAnswer(position, question, absent ? null : DraftTexts.orNull(answer), absent);
    }

    public boolean answered() {
        return notPresent || !DraftTexts.isBlank(answer);
    }
}
