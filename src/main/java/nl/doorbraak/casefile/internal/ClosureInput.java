package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

/** What the closing form says: a passend aanbod (type, place, start date) or another reason (with explanation). */
public record ClosureInput(OutcomeKind kind, OfferType offerType, String place, LocalDate startsOn,
        ClosureReason reason, String explanation) {

    public ClosureInput {
        place = blankToNull(place);
        explanation = blankToNull(explanation);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
