package nl.doorbraak.anonymity.internal;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import nl.doorbraak.anonymity.IdentifierKind;

/**
 * Chooses between findings that overlap: the more specific kind wins (an e-mail address over the name in it, a
 * known organisation over the "Plein 013" in its name that looks like an address, a birthday over a date), then the
 * longer span. A name that loses only its tail keeps its head: "mevrouw Visser van Lindenhout" is the name "Visser"
 * and the organisation "Lindenhout".
 */
public final class Overlaps {

    private static final Set<String> KNOWN = Set.of("anonymity.reason.organisatie.register", "anonymity.reason.naam.bekend",
            "anonymity.reason.casus");

    private Overlaps() {
    }

    public static List<Finding> resolve(String text, List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.comparingInt((Finding f) -> -rank(f)).thenComparing(f -> -f.length())
                .thenComparingInt(Finding::start));
        List<Finding> kept = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (Finding finding : sorted) {
            Finding candidate = finding;
            int clash = taken.nextSetBit(finding.start());
            if (clash >= 0 && clash < finding.end()) {
                candidate = finding.kind() == IdentifierKind.NAAM ? headBefore(text, finding, clash) : null;
            }
            if (candidate != null) {
                kept.add(candidate);
                taken.set(candidate.start(), candidate.end());
            }
        }
        kept.sort(Comparator.comparingInt(Finding::start));
        return kept;
    }

    /** The part of a name before {@code cut}, without the tussenvoegsels at its end; null when nothing is left. */
    private static Finding headBefore(String text, Finding name, int cut) {
        if (cut <= name.start()) {
            return null;
        }
        String head = text.substring(name.start(), cut);
        String trimmed = head.replaceAll("(?:\\s+(?:van|de|der|den|het|'t|ter|ten|en))*\\s*$", "");
        if (trimmed.isBlank() || !Character.isLetter(trimmed.charAt(0))) {
            return null;
        }
        return new Finding(name.start(), name.start() + trimmed.length(), name.kind(), name.reasonKey(), name.reasonArgs());
    }

    static int rank(Finding finding) {
        if (KNOWN.contains(finding.reasonKey())) {
            return 65; // what the system knows beats a pattern, but not a contact detail around it
        }
        return switch (finding.kind()) {
            case EMAIL -> 100;
            case URL -> 90;
            case BSN, TELEFOON -> 80;
            case POSTCODE, GEBOORTEDATUM -> 70;
            case DATUM, ADRES -> 60;
            case ORGANISATIE -> 50;
            case NAAM -> 40;
        };
    }
}
