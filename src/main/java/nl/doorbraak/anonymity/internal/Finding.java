package nl.doorbraak.anonymity.internal;

import java.util.List;

import nl.doorbraak.anonymity.IdentifierKind;

/** A possible identifier found by one detector, with the message key (and arguments) of its reason. */
public record Finding(int start, int end, IdentifierKind kind, String reasonKey, List<String> reasonArgs) {

    public Finding(int start, int end, IdentifierKind kind, String reasonKey) {
        this(start, end, kind, reasonKey, List.of());
    }

    public int length() {
        return end - start;
    }

    boolean overlaps(Finding other) {
        return start < other.end && other.start < end;
    }
}
