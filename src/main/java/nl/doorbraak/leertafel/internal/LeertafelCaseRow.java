package nl.doorbraak.leertafel.internal;

import java.time.Instant;
import java.util.List;

/** A stored leertafelcasus with its interventions and the hits its author marked as no personal data. */
public record LeertafelCaseRow(long id, String regionSlug, String tableCode, String status, String origin,
        long authorUserId, String authorName, String title, String ageBand, String schoolType, String sector,
        String outOfSchoolBand, String processBand, String outcomeType, String situation, String question,
        Instant updatedAt, Instant submittedAt, int version, List<String> interventions, List<Override> overrides) {

    public LeertafelCaseRow {
        interventions = List.copyOf(interventions);
        overrides = List.copyOf(overrides);
    }

    public boolean submitted() {
        return "INGEDIEND".equals(status);
    }

    public boolean offered() {
        return "AFGESLOTEN_CASUS".equals(origin);
    }

    /** One marked hit: in which field, of which kind, the phrase and why it identifies no one. */
    public record Override(String field, String kind, String phrase, String reason, String markedByName,
            Instant markedAt) {
    }
}
