package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One change of an agreement: what kind (message {@code afspraken.history.<kind>}), why, and by whom. */
public record AgreementHistoryEntry(long agreementId, String kind, String note, LocalDate oldDueOn,
        LocalDate newDueOn, String actorName, LocalDateTime at) {
}
