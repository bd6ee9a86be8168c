package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The parts of a person's name that identify on their own: "Sanne de Vries" gives Sanne and Vries, not "de" (a
 * tussenvoegsel is a common word, and would mark every sentence).
 */
final class NameParts {

    private static final Set<String> PARTICLES = Set.of("van", "de", "der", "den", "het", "ten", "ter", "te", "op",
            "in", "'t", "la", "le", "du", "da", "di", "el", "al", "bin", "von", "zu");

    private NameParts() {
    }

    static List<String> of(String name) {
        if (name == null) {
            return List.of();
        }
        return java.util.Arrays.stream(name.strip().split("[\\s-]+"))
                .map(part -> part.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", ""))
                .filter(part -> part.length() >= 2 && !PARTICLES.contains(part.toLowerCase(Locale.ROOT)))
                .toList();
    }
}
