package nl.doorbraak.leertafel.internal;

import java.util.List;

/**
 * The case was not stored: the check found hits the author did not mark (or marked without a reason), or a submission
 * lacks fields. Carries the hits for the form, never in its message, so a log line holds no typed text.
 */
public class LeertafelCaseRefused extends RuntimeException {

    private final transient List<LeertafelCaseHit> hits;
    private final transient List<LeertafelCaseHit> unresolved;
    private final transient List<LeertafelCaseHit> withoutReason;
    private final transient List<String[]> missing;

    public LeertafelCaseRefused(List<LeertafelCaseHit> hits, List<LeertafelCaseHit> unresolved,
            List<LeertafelCaseHit> withoutReason, List<String[]> missing) {
        super("leertafelcasus niet opgeslagen: " + unresolved.size() + " treffers, " + withoutReason.size()
                + " zonder reden, " + missing.size() + " velden ontbreken");
        this.hits = List.copyOf(hits);
        this.unresolved = List.copyOf(unresolved);
        this.withoutReason = List.copyOf(withoutReason);
        this.missing = List.copyOf(missing);
    }

    /** Every hit in the text, marked or not, to show in place. */
    public List<LeertafelCaseHit> hits() {
        return hits;
    }

    /** The hits that stop the save: not marked as no personal data. */
    public List<LeertafelCaseHit> unresolved() {
        return unresolved;
    }

    /** The hits marked as no personal data without saying why. */
    public List<LeertafelCaseHit> withoutReason() {
        return withoutReason;
    }

    /** The fields a submission lacks: form field and message key. */
    public List<String[]> missing() {
        return missing;
    }
}
