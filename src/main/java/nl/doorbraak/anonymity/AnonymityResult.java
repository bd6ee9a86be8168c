package nl.doorbraak.anonymity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** The hits in a text, in order of place and never overlapping; {@link #segments()} for rendering them in place. */
public record AnonymityResult(String text, List<IdentifierHit> hits) {

    public AnonymityResult {
        Objects.requireNonNull(text, "text");
        hits = hits.stream().sorted(Comparator.comparingInt(IdentifierHit::start)).toList();
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i).start() < hits.get(i - 1).end()) {
                throw new IllegalArgumentException("hits overlap: " + hits.get(i - 1) + " and " + hits.get(i));
            }
        }
        if (!hits.isEmpty() && hits.get(hits.size() - 1).end() > text.length()) {
            throw new IllegalArgumentException("a hit ends after the text");
        }
    }

    /** True when nothing in the text looks like an identifier. */
    public boolean clean() {
        return hits.isEmpty();
    }

    /** The text split into plain parts and hits, in order; joined together they are the text again. */
    public List<TextSegment> segments() {
        List<TextSegment> segments = new ArrayList<>();
        int at = 0;
        for (IdentifierHit hit : hits) {
            if (hit.start() > at) {
                segments.add(new TextSegment(text.substring(at, hit.start()), null));
            }
            segments.add(new TextSegment(text.substring(hit.start(), hit.end()), hit));
            at = hit.end();
        }
        if (at < text.length()) {
            segments.add(new TextSegment(text.substring(at), null));
        }
        return segments;
    }
}
