package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * A street with a house number: "Kerkstraat 12a", "Laan van Nieuw Oost-Indië 3", "Burgemeester de Withstraat 7-2".
 * Going back from the number, the street is the run of capitalised words (with "van", "de" and the like between
 * them) of which one is or ends in a street word. A lower-case street counts only with a clear street word
 * ("kerkstraat 12"), and a number followed by "jaar", "weken" or the like is no house number.
 */
public final class AddressPatterns {

    private static final Pattern HOUSE_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,/-])\\d{1,5}(?:[a-zA-Z](?![\\p{L}\\d]))?(?:-\\d{1,4}[a-zA-Z]?)?(?:\\s(?:bis|hs|[A-Z])(?![\\p{L}\\d]))?"
                    + "(?![\\d.,:/-]\\d|-\\d)");
    private static final Pattern NOT_A_HOUSE_NUMBER = Pattern.compile("(?iu)^\\s*(?:jaar|jr|weken|week|maanden|maand"
            + "|dagen|dag|uur|u\\b|minuten|min|km|kilometer|meter|keer|procent|%|leerlingen|kinderen|lessen|euro|x\\b)");
    private static final String STREET_WORDS = "straat|laan|weg|plein|singel|gracht|kade|dijk|steeg|dreef|hof|pad"
            + "|ring|markt|baan|plantsoen|wal|boulevard|erf|veld|park|passage|allee|dam|haven|brink|gaarde|hoeve"
            + "|akker|weide|donk|berg|burg|dal|heuvel|oord|zoom|wijk|wetering|vaart|poort|tuin|kamp|horst|hoek|bosch";
    private static final Pattern STREET = Pattern.compile("(?iu).*(?:" + STREET_WORDS + ")(?:-(?:noord|oost|zuid|west))?");
    /** Lower-case words need a plain street word; "leerweg 3" or "vergadering 2" are no address. */
    private static final Pattern LOWER_STREET = Pattern.compile(
            "\\p{Ll}{3,}(?:straat|laan|plein|singel|gracht|kade|dijk|steeg|dreef)|\\p{Ll}{3,}weg");
    private static final Set<String> NO_STREETS = Set.of("leerweg", "snelweg", "zijweg", "omweg", "middenweg",
            "tussenweg", "halfweg", "achterweg", "leerwegen", "hoofdweg", "uitweg", "schoolweg");
    private static final Set<String> LINKS = Set.of("van", "de", "der", "den", "het", "'t", "’t", "ter", "ten", "te",
            "op", "aan", "in", "bij", "la", "le", "du", "des", "voor", "over", "achter", "onder");

    private AddressPatterns() {
    }

    public static List<Finding> find(String text, List<Token> tokens) {
        List<Finding> found = new ArrayList<>();
        Matcher number = HOUSE_NUMBER.matcher(text);
        while (number.find()) {
            if (NOT_A_HOUSE_NUMBER.matcher(text.substring(number.end(), Math.min(text.length(), number.end() + 12)))
                    .find()) {
                continue;
            }
            int streetStart = streetBefore(text, tokens, number.start());
            if (streetStart >= 0) {
                found.add(new Finding(streetStart, number.end(), IdentifierKind.ADRES, "anonymity.reason.adres"));
            }
        }
        return found;
    }

    /** The index of the last token that ends at or before {@code at}, or -1 (the tokens are in order). */
    private static int lastEndingBy(List<Token> tokens, int at) {
        int low = 0;
        int high = tokens.size() - 1;
        int found = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).end() <= at) {
                found = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return found;
    }

    /** Where the street right before {@code at} starts, or -1 when there is none. */
    private static int streetBefore(String text, List<Token> tokens, int at) {
        int last = lastEndingBy(tokens, at);
        if (last < 0 || !Tokens.onlySpaceBetween(text, tokens.get(last).end(), at) || tokens.get(last).end() == at) {
            return -1;
        }
        Token before = tokens.get(last);
        if (!before.capitalised()) {
            return LOWER_STREET.matcher(before.text()).matches() && !NO_STREETS.contains(before.lower())
                    ? before.start() : -1;
        }
        int start = -1;
        boolean streetWord = false;
        for (int i = last; i >= 0 && last - i < 7; i--) {
            Token token = tokens.get(i);
            if (i < last && !Tokens.onlySpaceBetween(text, token.end(), tokens.get(i + 1).start())) {
                break;
            }
            if (token.capitalised() || (token.number() && i < last)) {
                start = token.start();
                streetWord |= STREET.matcher(token.text()).matches();
            } else if (!LINKS.contains(token.lower())) {
                break;
            }
        }
        return streetWord ? start : -1;
    }
}
