package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * What the names already found tell about the rest of the text. A word found as a name ("mevrouw Bakker") is a name
 * everywhere in it, also where it would not count on its own ("Bakker belde later terug."); and a listed name next
 * to a name found, joined by "en", "of" or a comma, is one too ("Jan en Piet").
 */
public final class NameRepeats {

    private static final Set<String> JOINS = Set.of("en", "of", "&");

    private NameRepeats() {
    }

    public static List<Finding> add(String text, List<Token> tokens, List<Finding> kept, NameLists lists) {
        Set<String> names = new HashSet<>();
        for (Finding finding : kept) {
            if (finding.kind() == IdentifierKind.NAAM) {
                for (Token token : tokens) {
                    if (inside(token, finding) && token.capitalised() && token.text().length() > 1
                            && !NameLists.TUSSENVOEGSELS.contains(token.lower())) {
                        names.add(token.text());
                    }
                }
            }
        }
        List<Finding> all = new ArrayList<>(kept);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (covered(token, kept) || !token.capitalised()) {
                continue;
            }
            if (names.contains(token.text())) {
                all.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.eerder"));
            } else if ((lists.firstName(token.lower()) || lists.surname(token.lower()))
                    && (joinedToName(text, tokens, i, i + 2, i + 1, kept) || joinedToName(text, tokens, i, i - 2, i - 1, kept))) {
                all.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.naast"));
            }
        }
        return all;
    }

    /** True when token {@code other} is a name found and token {@code join} between them is "en", "of" or a comma. */
    private static boolean joinedToName(String text, List<Token> tokens, int at, int other, int join, List<Finding> kept) {
        if (other < 0 || other >= tokens.size()) {
            return false;
        }
        Token name = tokens.get(other);
        Token between = tokens.get(join);
        Token first = other < at ? name : tokens.get(at);
        Token second = other < at ? tokens.get(at) : name;
        boolean joined = JOINS.contains(between.lower())
                && Tokens.onlySpaceBetween(text, first.end(), between.start())
                && Tokens.onlySpaceBetween(text, between.end(), second.start());
        boolean comma = false;
        if (!joined && Math.abs(other - at) == 2) {
            Token near = tokens.get(join);
            comma = text.substring(Math.min(near.end(), tokens.get(at).end()), Math.max(near.start(), tokens.get(at).start()))
                    .strip().equals(",") && kept.stream().anyMatch(f -> f.kind() == IdentifierKind.NAAM && inside(near, f));
        }
        return (joined && kept.stream().anyMatch(f -> f.kind() == IdentifierKind.NAAM && inside(name, f))) || comma;
    }

    private static boolean inside(Token token, Finding finding) {
        return token.start() >= finding.start() && token.end() <= finding.end();
    }

    private static boolean covered(Token token, List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.start() < token.end() && token.start() < f.end());
    }
}
