package nl.doorbraak.anonymity;

/** A part of a checked text, for showing the hits in place: plain text ({@code hit} null) or the text of one hit. */
public record TextSegment(String text, IdentifierHit hit) {

    public boolean isHit() {
        return hit != null;
    }
}
