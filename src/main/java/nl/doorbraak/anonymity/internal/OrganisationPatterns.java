package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * Names of schools and organisations that show by their form, also when the registry does not know them: a school
 * word before a capitalised name ("basisschool De Regenboog", "OBS 't Kompas", "ROC Tilburg") or a capitalised name
 * that ends in College, Lyceum or Gymnasium ("Koning Willem I College", "Theresialyceum").
 */
public final class OrganisationPatterns {

    private static final Set<String> PREFIXES = Set.of("basisschool", "obs", "cbs", "rkbs", "pcbs", "ibs", "kbs",
            "ikc", "kindcentrum", "sbo", "so", "vso", "praktijkschool", "mavo", "school", "scholengemeenschap",
            "montessorischool", "daltonschool", "jenaplanschool", "roc", "stichting", "kinderdagverblijf", "bso",
            "zorgboerderij", "speciaal", "lyceum", "college", "gymnasium", "scholengroep", "jeugdzorginstelling");
    private static final Pattern SUFFIX = Pattern.compile("(?iu).+(?:college|lyceum|gymnasium|scholengemeenschap)"
            + "|College|Lyceum|Gymnasium|Scholengemeenschap|Mavo|Vmbo|Havo");
    /** School words that are ordinary too: a name after them needs its article ("school De Wissel"). */
    private static final Set<String> WEAK_PREFIXES = Set.of("school", "speciaal", "college", "lyceum", "gymnasium",
            "mavo", "so");
    private static final Set<String> LINKS = Set.of("de", "het", "'t", "’t", "van", "der", "den", "voor", "en", "in",
            "op", "aan", "ter", "ten");
    private static final Set<String> ARTICLES = Set.of("de", "het", "'t", "’t");

    private OrganisationPatterns() {
    }

    public static List<Finding> find(String text, List<Token> tokens) {
        List<Finding> found = new ArrayList<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            Token word = tokens.get(i);
            boolean weak = WEAK_PREFIXES.contains(word.lower());
            Token next = tokens.get(i + 1);
            if (PREFIXES.contains(word.lower()) && Tokens.onlySpaceBetween(text, word.end(), next.start())
                    && (!weak || ARTICLES.contains(next.lower()))) {
                int end = nameAfter(text, tokens, i + 1);
                if (end > 0) {
                    found.add(new Finding(word.start(), end, IdentifierKind.ORGANISATIE, "anonymity.reason.organisatie.vorm"));
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token word = tokens.get(i);
            boolean compound = word.capitalised() && word.text().length() > 9 && SUFFIX.matcher(word.text()).matches()
                    && !PREFIXES.contains(word.lower());
            boolean separate = word.capitalised() && Character.isUpperCase(word.text().charAt(0)) && i > 0
                    && Set.of("College", "Lyceum", "Gymnasium", "Scholengemeenschap", "Mavo").contains(word.text());
            if (compound || separate) {
                int start = nameBefore(text, tokens, i, separate);
                if (start >= 0) {
                    found.add(new Finding(start, word.end(), IdentifierKind.ORGANISATIE, "anonymity.reason.organisatie.vorm"));
                }
            }
        }
        return found;
    }

    /** The end of the capitalised name that starts at token {@code from} (an article may come first), or -1. */
    private static int nameAfter(String text, List<Token> tokens, int from) {
        int end = -1;
        int i = from;
        if (i < tokens.size() && ARTICLES.contains(tokens.get(i).lower()) && i + 1 < tokens.size()) {
            i++;
        }
        for (; i < tokens.size() && i < from + 6; i++) {
            Token token = tokens.get(i);
            if (!Tokens.onlySpaceBetween(text, tokens.get(i - 1).end(), token.start())) {
                break;
            }
            if (token.capitalised() || token.acronym() || (token.number() && end > 0)) {
                end = token.end();
            } else if (!(LINKS.contains(token.lower()) && end > 0)) {
                break;
            }
        }
        return end;
    }

    /** The start of the name that ends with the school word at token {@code at}, or -1 when it is only that word. */
    private static int nameBefore(String text, List<Token> tokens, int at, boolean needsMore) {
        int start = tokens.get(at).start();
        boolean more = false;
        for (int i = at - 1; i >= 0 && at - i < 6; i--) {
            Token token = tokens.get(i);
            if (!Tokens.onlySpaceBetween(text, token.end(), tokens.get(i + 1).start())) {
                break;
            }
            if ((token.capitalised() && !token.sentenceStart()) || token.acronym()
                    || (token.capitalised() && token.sentenceStart() && !ARTICLES.contains(token.lower()))
                    || (token.text().length() == 1 && Character.isUpperCase(token.text().charAt(0)))) {
                start = token.start();
                more = true;
            } else {
                break;
            }
        }
        if (needsMore && !more) {
            return -1;
        }
        if (!needsMore && tokens.get(at).sentenceStart() && !more) {
            return tokens.get(at).start();
        }
        return start;
    }
}
