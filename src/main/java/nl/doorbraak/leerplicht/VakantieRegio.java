package nl.doorbraak.leerplicht;

import java.util.Locale;
import java.util.Optional;

/**
 * The three regions the government spreads the school holidays over (Regeling vakantiedata / Rijksoverheid
 * "schoolvakanties"). Which region a school is in follows from its municipality.
 */
public enum VakantieRegio {
    NOORD, MIDDEN, ZUID;

    /** The lowercase code as werkwijze files and the API write it: {@code noord}, {@code midden}, {@code zuid}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VakantieRegio> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        for (VakantieRegio regio : values()) {
            if (regio.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(regio);
            }
        }
        return Optional.empty();
    }
}
