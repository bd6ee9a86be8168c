package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * Person names, scored instead of matched blindly, so that words that are names too ("er is weinig hoop", "een
 * bakker", "de roos") leave the form usable. A run of capitalised words (with tussenvoegsels) scores:
 * <ul>
 * <li>3 after a title or a family word ("meneer", "mw.", "moeder van", "juf", "broer") or when the system knows
 * the name;</li>
 * <li>3 for a first name with a surname beside it ("Sanne Jansen", "Daan van der Berg");</li>
 * <li>2 for a surname with its tussenvoegsel ("de Jong"), and for a listed first name or surname on its own, except
 * a name that is also a word at the start of a sentence, where the capital says nothing;</li>
 * <li>0 otherwise (a capital alone: place names, "Veilig Thuis").</li>
 * </ul>
 * Scores of {@value #THRESHOLD} and more are hits.
 */
public final class NameScoring {

    public static final int THRESHOLD = 2;

    /** Words that announce a name right after them (lower case, without a full stop). */
    private static final Set<String> TITLES = Set.of("meneer", "mevrouw", "mevr", "mw", "dhr", "heer", "mr", "dr",
            "drs", "ir", "juf", "juffrouw", "meester", "broer", "broertje", "zus", "zusje", "zoon", "zoontje", "dochter",
            "dochtertje", "oma", "opa", "tante", "oom", "neef", "nicht", "moeder", "vader", "pleegmoeder", "pleegvader",
            "stiefmoeder", "stiefvader", "voogd", "heet", "genaamd", "familie", "gezin", "mentor", "mentrix", "docent",
            "leerkracht", "collega", "jeugdconsulent", "casemanager", "leerplichtambtenaar", "hulpverlener", "ib'er",
            "ouders", "vriend", "vriendin", "vriendje", "vriendinnetje", "mama", "papa", "buurman", "buurvrouw",
            "begeleider", "behandelaar", "jongen", "meisje", "leerling", "cliënt", "client", "heten", "noemt", "zorgde");
    private static final Set<String> FAMILY = Set.of("broer", "broertje", "zus", "zusje", "zoon", "zoontje", "dochter",
            "dochtertje", "oma", "opa", "tante", "oom", "neef", "nicht", "moeder", "vader", "pleegmoeder", "pleegvader",
            "stiefmoeder", "stiefvader", "voogd", "mentor", "vriend", "vriendin", "mama", "papa");
    private static final Set<String> ABBREVIATED = Set.of("mw", "mevr", "dhr", "hr", "mr", "dr", "drs", "ir");
    /** Two-word titles: "moeder van", "naam is". */
    private static final Set<String> TITLE_PAIRS = Set.of("moeder van", "vader van", "zoon van", "dochter van",
            "broer van", "zus van", "ouders van", "oma van", "opa van", "mentor van", "naam is", "heet ook",
            "gezin van", "familie van", "voogd van", "vriend van", "vriendin van");

    /** Verbs that, right after a sentence's first word, show it is someone doing or saying something. */
    private static final Set<String> PERSON_VERBS = Set.of("wil", "wilde", "zit", "zat", "gaat", "ging", "heeft", "had",
            "vindt", "vond", "krijgt", "kreeg", "woont", "woonde", "zegt", "zei", "vertelt", "vertelde", "vraagt",
            "vroeg", "speelt", "doet", "deed", "komt", "kwam", "belt", "belde", "mag", "moet", "kan", "kon", "durft",
            "spreekt", "praat", "werkt", "houdt", "weet", "voelt", "slaapt", "eet", "leest", "loopt", "liep", "blijft",
            "bleef", "kijkt", "keek", "wacht", "schrijft", "maakt", "denkt", "dacht", "hoort", "zag", "ziet", "gaf",
            "geeft", "mailt", "mailde", "wou", "zou", "wordt", "werd", "heet");
    /** An age right after a name: "Roos (15)", "Daan, 14 jaar,". */
    private static final Pattern AGE_AFTER = Pattern.compile("^(?:\\s*\\((?:\\d{1,2})(?:\\s*jaar)?\\)|,\\s*\\d{1,2}\\s*jaar\\b)");

    private final NameLists lists;

    public NameScoring(NameLists lists) {
        this.lists = lists;
    }

    /** The name hits in the text; {@code knownNames} are single lower-case words the system knows as names. */
    public List<Finding> find(String text, List<Token> tokens, Set<String> knownNames) {
        List<Finding> found = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token token = tokens.get(i);
            String title = titleBefore(text, tokens, i);
            if (!token.capitalised() || token.number()) {
                if (title != null && lists.firstName(token.lower()) && !lists.alsoAWord(token.lower())) {
                    found.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.titel",
                            List.of(title)));
                }
                i++;
                continue;
            }
            int end = runEnd(text, tokens, i);
            score(text, tokens, i, end, title, knownNames, found);
            i = end + 1;
        }
        return found;
    }

    private void score(String text, List<Token> tokens, int from, int to, String title, Set<String> known,
            List<Finding> found) {
        // a title at the start of the run ("Mevrouw Jansen", "Dr. Bakker") announces the rest of it
        while (from < to && isTitle(tokens.get(from))) {
            title = tokens.get(from).lower();
            from++;
        }
        // a sentence's first word that is no name is capitalised for the sentence only ("Toen Sanne ...")
        if (from < to && tokens.get(from).sentenceStart() && !nameLike(tokens.get(from), known)
                && !lists.firstName(tokens.get(from).lower())
                && !NameLists.TUSSENVOEGSELS.contains(tokens.get(from).lower())) {
            from++;
        }
        if (from > to) {
            return; // only a title: its name follows after a full stop and is scored on its own
        }
        String core = tokens.get(from).lower();
        // "van" before a first name is no part of it ("de moeder van Daan"); before a surname it is ("van Dijk")
        int start = lists.firstName(core) && !lists.surname(core) ? tokens.get(from).start()
                : withTussenvoegsels(text, tokens, from);
        int spanEnd = tokens.get(to).end();
        if (title != null && !isTitle(tokens.get(from))) {
            found.add(new Finding(start, spanEnd, IdentifierKind.NAAM, "anonymity.reason.naam.titel", List.of(title)));
            return;
        }
        if (AGE_AFTER.matcher(text.substring(spanEnd, Math.min(text.length(), spanEnd + 12))).find()
                && (nameLike(tokens.get(from), known) || lists.alsoAWord(tokens.get(from).lower()))) {
            found.add(new Finding(start, spanEnd, IdentifierKind.NAAM, "anonymity.reason.naam.leeftijd"));
            return;
        }
        for (int k = from; k <= to; k++) {
            Token token = tokens.get(k);
            if (known.contains(token.lower()) && !(token.sentenceStart() && lists.alsoAWord(token.lower()))) {
                found.add(new Finding(start, spanEnd, IdentifierKind.NAAM, "anonymity.reason.naam.bekend"));
                return;
            }
        }
        if (to > from && (lists.firstName(tokens.get(from).lower()) || endsInSurname(text, tokens, from, to))) {
            found.add(new Finding(start, spanEnd, IdentifierKind.NAAM, "anonymity.reason.naam.volledig"));
            return;
        }
        String surnamePhrase = text.substring(start, spanEnd).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        if (start < tokens.get(from).start() || NameLists.TUSSENVOEGSELS.contains(tokens.get(from).lower())) {
            String last = tokens.get(to).lower();
            if (lists.surname(surnamePhrase) || (lists.surname(last) && !lists.alsoAWord(last))) {
                found.add(new Finding(start, spanEnd, IdentifierKind.NAAM, "anonymity.reason.naam.achternaam"));
                return;
            }
        }
        for (int k = from; k <= to; k++) {
            single(tokens.get(k), k + 1 < tokens.size() ? tokens.get(k + 1) : null, found);
        }
    }

    private void single(Token token, Token next, List<Finding> found) {
        String lower = token.lower();
        boolean first = lists.firstName(lower);
        if (!first && !lists.surname(lower)) {
            return;
        }
        if (lists.alsoAWord(lower)) {
            if (!token.sentenceStart()) {
                found.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.hoofdletter"));
            } else if (first && next != null && PERSON_VERBS.contains(next.lower())
                    && next.start() - token.end() == 1) {
                // "Noor wil fotograaf worden": a first name that does something, not the word "noor"
                found.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM, "anonymity.reason.naam.onderwerp"));
            }
            return;
        }
        found.add(new Finding(token.start(), token.end(), IdentifierKind.NAAM,
                first ? "anonymity.reason.naam.voornaam" : "anonymity.reason.naam.achternaam"));
    }

    /**
     * A capitalised word followed by a listed surname that is no ordinary word: "Geert Mulders", "Annelieke van der
     * Meer". The first word's own capital must not come from the sentence alone.
     */
    private boolean endsInSurname(String text, List<Token> tokens, int from, int to) {
        if (NameLists.TUSSENVOEGSELS.contains(tokens.get(from).lower())) {
            return false;
        }
        for (int k = from + 1; k <= to; k++) {
            String tail = text.substring(tokens.get(k).start(), tokens.get(to).end()).toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("\\s+", " ");
            if (lists.surname(tail) && !lists.alsoAWord(tail)
                    && (k == from + 1 || NameLists.TUSSENVOEGSELS.contains(tokens.get(k).lower()))) {
                return true;
            }
        }
        return false;
    }

    private boolean nameLike(Token token, Set<String> known) {
        String lower = token.lower();
        return (known.contains(lower) && !lists.alsoAWord(lower)) || ((lists.firstName(lower) || lists.surname(lower)) && !lists.alsoAWord(lower));
    }

    /** The last token of the run of capitalised words and tussenvoegsels that starts at {@code from}. */
    private static int runEnd(String text, List<Token> tokens, int from) {
        int end = from;
        for (int k = from + 1; k < tokens.size() && k < from + 6; k++) {
            Token token = tokens.get(k);
            if (!Tokens.onlySpaceBetween(text, tokens.get(k - 1).end(), token.start()) || token.number()) {
                break;
            }
            if (token.capitalised()) {
                end = k;
            } else if (!NameLists.TUSSENVOEGSELS.contains(token.lower())) {
                break;
            }
        }
        return end;
    }

    /** The start of the name including lower-case tussenvoegsels right before it ("de Jong", "van den Berg"). */
    private static int withTussenvoegsels(String text, List<Token> tokens, int at) {
        int start = tokens.get(at).start();
        for (int k = at - 1; k >= 0 && at - k <= 3; k--) {
            Token token = tokens.get(k);
            if (token.capitalised() || !NameLists.TUSSENVOEGSELS.contains(token.lower())
                    || !Tokens.onlySpaceBetween(text, token.end(), tokens.get(k + 1).start())) {
                break;
            }
            start = token.start();
        }
        return start;
    }

    /** The title or family word right before the name at {@code at} (tussenvoegsels between them allowed). */
    private static String titleBefore(String text, List<Token> tokens, int at) {
        int k = at - 1;
        while (k >= 0 && NameLists.TUSSENVOEGSELS.contains(tokens.get(k).lower()) && !tokens.get(k).capitalised()
                && at - k <= 3) {
            k--;
        }
        if (k < 0 || text.substring(tokens.get(k).end(), tokens.get(k + 1 > at ? at : k + 1).start()).contains("\n")) {
            return null;
        }
        String one = tokens.get(k).lower();
        if (TITLES.contains(one) && gapIsSmall(text, tokens.get(k).end(), tokens.get(k + 1).start(), one)) {
            return tokens.get(k).text();
        }
        if (k >= 1 && TITLES.contains(tokens.get(k - 1).lower() + " " + one) || k >= 1
                && TITLE_PAIRS.contains(tokens.get(k - 1).lower() + " " + one)) {
            return tokens.get(k - 1).text() + " " + tokens.get(k).text();
        }
        return null;
    }

    /**
     * Between a title and its name: spaces, the full stop of an abbreviation ("mw. Jansen"; after "ouders." a new
     * sentence starts), or after a family word a comma ("zijn moeder,
     * Sanne"); after a role a comma more often starts a list of roles ("IB'er, Oco, schoolmaatschappelijk werk").
     */
    private static boolean gapIsSmall(String text, int from, int to, String title) {
        String gap = text.substring(from, to).strip();
        return gap.isEmpty() || (gap.equals(".") && ABBREVIATED.contains(title))
                || (gap.equals(",") && FAMILY.contains(title));
    }

    private static boolean isTitle(Token token) {
        return TITLES.contains(token.lower()) && Set.of("mevrouw", "meneer", "mevr", "mw", "dhr", "mr", "dr", "drs",
                "ir", "juf", "meester", "familie", "oma", "opa", "tante", "oom").contains(token.lower());
    }
}
