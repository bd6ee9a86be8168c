package nl.doorbraak.anonymity;

import java.util.Objects;

/**
 * One place in a text that may identify someone: the characters {@code [start, end)}, the kind, and a plain-Dutch
 * reason (B1) that says why and what to write instead.
 */
public record IdentifierHit(int start, int end, IdentifierKind kind, String reason) {

    public IdentifierHit {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a hit covers at least one character: [" + start + ", " + end + ")");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
    }

    /** The text of the hit within the checked text. */
    public String in(String text) {
        return text.substring(start, end);
    }

    public boolean overlaps(int otherStart, int otherEnd) {
        return start < otherEnd && otherStart < end;
    }
}
