package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words and phrases of a text that could be a known name: each capitalised word (not a tussenvoegsel) and each
 * phrase of two to six words without punctuation between them that starts with a capital and does not end in a small
 * word ("Sanne de Vries", "SWV Plein 013", "Leerplicht regio Tilburg", "Gemeentelijke toegang jeugd Tilburg").
 * Lower-cased with single spaces, as {@link nl.doorbraak.anonymity.KnownIdentifierSource} receives them.
 */
public final class Candidates {

    /** At most this many distinct candidates go to the sources, however long the text. */
    public static final int MAX = 4000;
    private static final int LONGEST = 6;
    private static final Set<String> SMALL_WORDS = Set.of("van", "de", "der", "den", "het", "'t", "’t", "ter", "ten",
            "te", "voor", "en", "in", "op", "aan", "bij", "la", "le", "du", "el", "al", "&");

    /** One place of a candidate in the text. */
    public record Occurrence(String phrase, int start, int end) {
    }

    private Candidates() {
    }

    public static List<Occurrence> of(String text, List<Token> tokens) {
        List<Occurrence> occurrences = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token first = tokens.get(i);
            if (!startsName(first)) {
                continue;
            }
            StringBuilder phrase = new StringBuilder(first.lower());
            if (!SMALL_WORDS.contains(first.lower()) && first.text().length() > 1) {
                occurrences.add(new Occurrence(phrase.toString(), first.start(), first.end()));
            }
            for (int k = i + 1; k < tokens.size() && k < i + LONGEST; k++) {
                Token next = tokens.get(k);
                if (!Tokens.onlySpaceBetween(text, tokens.get(k - 1).end(), next.start())) {
                    break;
                }
                phrase.append(' ').append(next.lower());
                if (!SMALL_WORDS.contains(next.lower())) {
                    occurrences.add(new Occurrence(phrase.toString(), first.start(), next.end()));
                }
            }
        }
        return occurrences;
    }

    /** The distinct phrases, at most {@link #MAX}. */
    public static Set<String> distinct(List<Occurrence> occurrences) {
        Set<String> phrases = new LinkedHashSet<>();
        for (Occurrence occurrence : occurrences) {
            if (phrases.size() >= MAX) {
                break;
            }
            phrases.add(occurrence.phrase().toLowerCase(Locale.ROOT));
        }
        return phrases;
    }

    private static boolean startsName(Token token) {
        return Character.isUpperCase(token.text().codePointAt(0));
    }
}
