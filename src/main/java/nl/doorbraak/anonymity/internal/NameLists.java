package nl.doorbraak.anonymity.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The shipped lists in {@code src/main/resources/anonymity}: common Dutch first names, surnames (with their
 * tussenvoegsels, "van den berg") and the names that are ordinary words too ("bakker", "roos", "hoop").
 */
public final class NameLists {

    /** Tussenvoegsels: the small words inside a surname. */
    public static final Set<String> TUSSENVOEGSELS = Set.of("van", "de", "der", "den", "het", "'t", "’t", "ter", "ten",
            "la", "le", "du", "da", "di", "del", "dos", "el", "al", "ben", "bin", "von", "vd", "v.d.");

    private final Set<String> firstNames;
    private final Set<String> surnames;
    private final Set<String> words;

    public NameLists() {
        this(read("anonymity/voornamen.txt"), read("anonymity/achternamen.txt"), read("anonymity/naamwoorden.txt"));
    }

    NameLists(Set<String> firstNames, Set<String> surnames, Set<String> words) {
        this.firstNames = Set.copyOf(firstNames);
        this.surnames = Set.copyOf(surnames);
        this.words = Set.copyOf(words);
    }

    /** A first name, also as a diminutive ("Daantje", "Pietje", "Sannetje") or joined ("Gert-Jan"). */
    public boolean firstName(String lower) {
        if (firstNames.contains(lower)) {
            return true;
        }
        if (lower.indexOf('-') > 0) { // "Gert-Jan", "Anne-Marie"
            for (String part : lower.split("-")) {
                if (!firstNames.contains(part)) {
                    return false;
                }
            }
            return true;
        }
        for (String ending : new String[] {"tje", "je", "pje"}) {
            if (lower.length() > ending.length() + 2 && lower.endsWith(ending)
                    && firstNames.contains(lower.substring(0, lower.length() - ending.length()))) {
                return true;
            }
        }
        return false;
    }

    /** A surname, with its tussenvoegsels when it has them: "jansen", "de jong", "van den berg". */
    public boolean surname(String lower) {
        return surnames.contains(lower);
    }

    /** A name that is also an ordinary word: it needs more than its capital to count. */
    public boolean alsoAWord(String lower) {
        return words.contains(lower);
    }

    private static Set<String> read(String resource) {
        Set<String> names = new HashSet<>();
        try (InputStream in = NameLists.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                String name = line.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
