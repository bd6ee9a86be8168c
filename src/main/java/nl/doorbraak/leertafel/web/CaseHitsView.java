package nl.doorbraak.leertafel.web;

import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.leertafel.internal.CaseTextField;
import nl.doorbraak.leertafel.internal.LeertafelCaseDraft;
import nl.doorbraak.leertafel.internal.LeertafelCaseHit;

/**
 * The hits of the identifier check as the form shows them: per field its text cut into plain parts and hits, so each
 * hit is marked in place, and the hits numbered in the order of the markings the form sends back.
 */
public record CaseHitsView(List<LeertafelCaseHit> hits, LeertafelCaseDraft draft) {

    public static final CaseHitsView NONE = new CaseHitsView(List.of(), null);

    public CaseHitsView {
        hits = List.copyOf(hits);
    }

    public boolean any() {
        return !hits.isEmpty();
    }

    /** The numbers (0-based) of the hits in this field ({@code line} for an intervention, else 0). */
    public List<Integer> numbersIn(String field, int line) {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            LeertafelCaseHit hit = hits.get(i);
            if (hit.field().formField().equals(field) && hit.line() == line) {
                numbers.add(i);
            }
        }
        return numbers;
    }

    /** The field's text as plain parts and hits, in order. */
    public List<Segment> segments(String field, int line) {
        List<Segment> segments = new ArrayList<>();
        List<Integer> numbers = numbersIn(field, line);
        if (numbers.isEmpty()) {
            return segments;
        }
        LeertafelCaseHit first = hits.get(numbers.get(0));
        String text = draft.text(first.field(), line);
        int at = 0;
        for (int number : numbers) {
            LeertafelCaseHit hit = hits.get(number);
            if (hit.start() > at) {
                segments.add(new Segment(text.substring(at, hit.start()), null));
            }
            segments.add(new Segment(text.substring(hit.start(), hit.end()), number));
            at = hit.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), null));
        }
        return segments;
    }

    public LeertafelCaseHit hit(int number) {
        return hits.get(number);
    }

    /** The field a hit stands in, as the error summary names it. */
    public static String anchorOf(CaseTextField field, int line) {
        return field == CaseTextField.INTERVENTIE ? "interventions-" + line : field.formField();
    }

    /** A plain part ({@code hit} null) or the text of hit number {@code hit}. */
    public record Segment(String text, Integer hit) {
    }
}
