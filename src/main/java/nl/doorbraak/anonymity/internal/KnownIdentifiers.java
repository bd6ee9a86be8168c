package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;
import nl.doorbraak.anonymity.KnownIdentifierSource;

/**
 * What the system knows: asks every {@link KnownIdentifierSource} about the text's candidates, and finds the
 * identifiers of one case (when a closed case is offered) wherever they occur, in any capitals.
 */
public final class KnownIdentifiers {

    private static final Set<String> ORGANISATION_WORDS = Set.of("school", "basisschool", "college", "lyceum",
            "gymnasium", "obs", "cbs", "rkbs", "ikc", "kindcentrum", "stichting", "roc", "swv", "mavo", "sbo", "so",
            "vso", "praktijkschool", "jeugdzorg", "ggz", "team", "wijkteam", "buurtteam", "cjg", "gemeente", "centrum");

    private final List<KnownIdentifierSource> sources;

    public KnownIdentifiers(List<KnownIdentifierSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /**
     * What the sources know among the candidates: phrase to kind. A single known word that is a person's name is
     * a hint for the name scoring (it still says nothing at the start of a sentence when it is a word too, "Wil");
     * a known phrase or organisation is a hit wherever it occurs ({@link #findings}).
     */
    public Map<String, IdentifierKind> known(List<Candidates.Occurrence> occurrences) {
        if (sources.isEmpty() || occurrences.isEmpty()) {
            return Map.of();
        }
        Set<String> phrases = Candidates.distinct(occurrences);
        Map<String, IdentifierKind> known = new HashMap<>();
        for (KnownIdentifierSource source : sources) {
            source.knownAmong(phrases).forEach((phrase, kind) -> {
                if (phrases.contains(phrase)) {
                    known.merge(phrase, kind, (a, b) -> a == IdentifierKind.ORGANISATIE ? a : b);
                }
            });
        }
        return known;
    }

    /** The occurrences of known phrases and organisations (not of single known person's names) as findings. */
    public static List<Finding> findings(List<Candidates.Occurrence> occurrences, Map<String, IdentifierKind> known) {
        List<Finding> found = new ArrayList<>();
        for (Candidates.Occurrence occurrence : occurrences) {
            IdentifierKind kind = known.get(occurrence.phrase());
            boolean singleName = kind == IdentifierKind.NAAM && !occurrence.phrase().contains(" ");
            if (kind != null && !singleName) {
                found.add(new Finding(occurrence.start(), occurrence.end(), kind, kind == IdentifierKind.ORGANISATIE
                        ? "anonymity.reason.organisatie.register" : "anonymity.reason.naam.bekend"));
            }
        }
        return found;
    }

    /** Every place of the case's own identifiers; a person's name also by its separate parts ("Sanne", "de Vries"). */
    public static List<Finding> ofCase(String text, Map<String, IdentifierKind> identifiers) {
        List<Finding> found = new ArrayList<>();
        identifiers.forEach((identifier, kind) -> {
            String phrase = identifier == null ? "" : identifier.strip().replaceAll("\\s+", " ");
            if (phrase.length() < 2) {
                return;
            }
            occurrences(text, phrase, kind, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, found);
            if (kind == IdentifierKind.NAAM && phrase.contains(" ")) {
                // a part of a name only where it is written as a name: "Roos", not "de roos in de tuin"
                for (String part : phrase.split(" ")) {
                    if (part.length() >= 3 && !NameLists.TUSSENVOEGSELS.contains(part.toLowerCase(Locale.ROOT))) {
                        occurrences(text, part.substring(0, 1).toUpperCase(Locale.ROOT) + part.substring(1), kind, 0,
                                found);
                    }
                }
            }
        });
        return found;
    }

    /** A case identifier's kind when the caller gave none: a school or organisation by its words, else a name. */
    public static Map<String, IdentifierKind> guessKinds(Collection<String> identifiers) {
        Map<String, IdentifierKind> kinds = new HashMap<>();
        for (String identifier : identifiers) {
            if (identifier == null || identifier.isBlank()) {
                continue;
            }
            boolean organisation = false;
            for (String word : identifier.toLowerCase(Locale.ROOT).split("[\\s-]+")) {
                organisation |= ORGANISATION_WORDS.contains(word) || word.endsWith("school") || word.endsWith("college")
                        || word.endsWith("lyceum");
            }
            kinds.put(identifier, organisation ? IdentifierKind.ORGANISATIE : IdentifierKind.NAAM);
        }
        return kinds;
    }

    private static void occurrences(String text, String phrase, IdentifierKind kind, int flags, List<Finding> found) {
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(phrase) + "(?![\\p{L}\\d])", flags);
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(new Finding(matcher.start(), matcher.end(), kind, "anonymity.reason.casus"));
        }
    }
}
