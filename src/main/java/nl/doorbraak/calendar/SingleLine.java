package nl.doorbraak.calendar;

import java.util.Objects;

/** Checks for the few short texts an invitation carries: one line, not blank, not long enough to hold a story. */
final class SingleLine {

    private SingleLine() {
    }

    static String require(String value, String field, int maxLength) {
        Objects.requireNonNull(value, field);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        if (stripped.length() > maxLength) {
            throw new IllegalArgumentException(field + " is longer than " + maxLength + " characters");
        }
        if (stripped.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be one line without control characters");
        }
        return stripped;
    }
}
