package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.BitSet;
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
        BitSet taken = new BitSet(text.length());
        BitSet named = new BitSet(text.length());
        for (Finding finding : kept) {
            taken.set(finding.start(), finding.end());
            if (finding.kind() == IdentifierKind.NAAM) {
                named.set(finding.start(), finding.end());
            }
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            // "Meer" of "van der Meer" is a name only with its tussenvoegsels: elsewhere it is the word "meer"
            boolean partOfCompound = i > 0 && NameLists.TUSSENVOEGSELS.contains(tokens.get(i - 1).lower())
                    && lists.alsoAWord(token.lower());
            if (inside(token, named) && token.capitalised() && token.text().length() > 1 && !partOfCompound
                    && !NameLists.TUSSENVOEGSELS.contains(token.lower())) {
                names.add(token.text());
            }
        }
        List<Finding> all = new ArrayList<>(kept);
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            int clash = taken.nextSetBit(token.start());
            if ((clash >= 0 && clash < token.end()) || !token.capitalised()) {
                continue;
            }
            if (names.contains(token.text())) {
                all.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.eerder"));
            } else if ((lists.firstName(token.lower()) || lists.surname(token.lower()))
                    && (joinedToName(text, tokens, i, i + 2, i + 1, named) || joinedToName(text, tokens, i, i - 2, i - 1, named))) {
                all.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.naast"));
            }
        }
        return all;
    }

    /** True when token {@code other} is a name found and token {@code join} between them is "en", "of" or a comma. */
    private static boolean joinedToName(String text, List<Token> tokens, int at, int other, int join, BitSet named) {
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
                    .strip().equals(",") && inside(near, named);
        }
        return (joined && inside(name, named)) || comma;
    }

    /** True when every character of the token lies in a name found. */
    private static boolean inside(Token token, BitSet named) {
        int gap = named.nextClearBit(token.start());
        return named.get(token.start()) && gap >= token.end();
    }
}
