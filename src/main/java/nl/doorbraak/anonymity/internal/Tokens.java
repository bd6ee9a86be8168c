package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a text into words and tells where a sentence starts (a capital there says nothing about a name). */
public final class Tokens {

    private static final Pattern WORD = Pattern.compile("['’]t\\b|[\\p{L}\\p{N}]+(?:[-'’][\\p{L}\\p{N}]+)*");
    /** Words that end with a full stop without ending the sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mw", "mevr", "dhr", "hr", "mr", "dr", "drs", "ir", "ing",
            "prof", "bijv", "bv", "ca", "nr", "art", "jl", "vlgs", "o", "a", "m", "i", "e", "v", "d", "z", "resp", "evt",
            "incl", "excl", "max", "min", "tel", "st", "ds", "zgn", "mbv", "nav", "ivm", "obv", "vgl", "enz", "etc");

    private Tokens() {
    }

    public static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(new Token(word.group(), word.start(), word.end(), startsSentence(text, word.start(), tokens)));
        }
        return List.copyOf(tokens);
    }

    /** True when only spaces lie between two places of the text (no punctuation, no line break). */
    public static boolean onlySpaceBetween(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsSentence(String text, int at, List<Token> before) {
        int i = at - 1;
        while (i >= 0 && " \t\u00a0\"“”‘'(*•–-".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        if (i < 0) {
            return true;
        }
        char c = text.charAt(i);
        if (c == '\n' || c == '\r' || c == '!' || c == '?' || c == ':' || c == ';') {
            return true;
        }
        if (c != '.') {
            return false;
        }
        if (before.isEmpty()) {
            return true;
        }
        Token previous = before.get(before.size() - 1);
        boolean abbreviation = previous.end() == i && (ABBREVIATIONS.contains(previous.lower())
                || previous.text().length() == 1);
        return !abbreviation;
    }
}
