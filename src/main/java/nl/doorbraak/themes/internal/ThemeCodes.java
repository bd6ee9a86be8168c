package nl.doorbraak.themes.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Predicate;

/** A theme's code from its name: lower case, no accents, words joined by hyphens; a number added when it is taken. */
final class ThemeCodes {

    static final int MAX = 64;

    private ThemeCodes() {
    }

    static String derive(String name, Predicate<String> taken) {
        String base = slug(name);
        if (base.isEmpty()) {
            base = "thema";
        }
        String code = base;
        for (int n = 2; taken.test(code); n++) {
            String suffix = "-" + n;
            code = trim(base.substring(0, Math.min(base.length(), MAX - suffix.length()))) + suffix;
        }
        return code;
    }

    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return trim(plain.length() > MAX ? plain.substring(0, MAX) : plain);
    }

    private static String trim(String code) {
        return code.replaceAll("^-+|-+$", "");
    }
}
