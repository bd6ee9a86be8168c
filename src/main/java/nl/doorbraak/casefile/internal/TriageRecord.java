package nl.doorbraak.casefile.internal;

import java.time.OffsetDateTime;

import nl.doorbraak.organisation.OrganisationType;

/** One decider's recorded decision in the vooroverleg; {@code round} counts the submissions of the case (1, 2 after a resubmission). */
public record TriageRecord(long deciderUserId, String deciderName, OrganisationType organisationType,
        TriageChoice decision, String reason, boolean criteriaMet, OffsetDateTime decidedAt, int round) {
}
