package nl.doorbraak.leertafel.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The hits of one attempt set against the author's markings: a hit with a marking and a reason is accepted, a marked
 * hit without a reason asks for one, every other hit stops the save.
 */
public record LeertafelCaseJudgement(List<LeertafelCaseHit> hits, List<LeertafelCaseMarking> accepted,
        List<LeertafelCaseHit> unresolved, List<LeertafelCaseHit> withoutReason) {

    public static LeertafelCaseJudgement of(List<LeertafelCaseHit> hits, List<LeertafelCaseMarking> markings) {
        List<LeertafelCaseMarking> accepted = new ArrayList<>();
        List<LeertafelCaseHit> unresolved = new ArrayList<>();
        List<LeertafelCaseHit> withoutReason = new ArrayList<>();
        for (LeertafelCaseHit hit : hits) {
            LeertafelCaseMarking marking = markings.stream().filter(hit::matches).findFirst().orElse(null);
            if (marking == null) {
                unresolved.add(hit);
            } else if (marking.reason() == null || marking.reason().isBlank()) {
                withoutReason.add(hit);
            } else {
                accepted.add(new LeertafelCaseMarking(hit.field(), hit.line(), hit.kind(), hit.phrase(),
                        marking.reason().strip()));
            }
        }
        return new LeertafelCaseJudgement(List.copyOf(hits), List.copyOf(accepted), List.copyOf(unresolved),
                List.copyOf(withoutReason));
    }

    public boolean passes() {
        return unresolved.isEmpty() && withoutReason.isEmpty();
    }

    /** "NAAM 2, BSN 1": counts per kind only, for the audit log, which never holds the text of a hit. */
    public static String countsPerKind(List<String> kinds) {
        Map<String, Long> counts = kinds.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new,
                Collectors.counting()));
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
