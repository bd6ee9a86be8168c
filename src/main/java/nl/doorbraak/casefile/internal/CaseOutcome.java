package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.doorbraak.casefile.CaseStatus;

/** The current outcome of a closed case, as the case page shows it. */
public record CaseOutcome(OutcomeKind kind, OfferType offerType, String place, LocalDate startsOn,
        ClosureReason reasonCode, String explanation, CaseStatus closedFrom, OffsetDateTime recordedAt,
        String recordedByName) {
}
