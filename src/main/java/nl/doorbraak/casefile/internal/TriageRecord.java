package nl.doorbraak.casefile.internal;

import java.time.OffsetDateTime;
import java.util.List;

import nl.doorbraak.organisation.OrganisationType;

/**
 * One decider's recorded decision in the vooroverleg, with their checks: whether the condition holds and the
 * circumstances they ticked ({@code circumstancesChecked} null for decisions recorded before that was kept).
 */
public record TriageRecord(long deciderUserId, String deciderName, OrganisationType organisationType,
        TriageChoice decision, String reason, boolean conditionHolds, int circumstancesMet,
        List<String> circumstancesChecked, boolean criteriaMet, OffsetDateTime decidedAt) {

    public TriageRecord {
        circumstancesChecked = circumstancesChecked == null ? null : List.copyOf(circumstancesChecked);
    }
}
