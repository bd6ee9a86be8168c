package nl.doorbraak.escalation.internal;

import java.time.LocalDate;

/** The consent for involving SAVE (Samen Veilig): who gave it, on which day and how (e.g. "mondeling aan tafel"). */
public record SaveConsent(String givenBy, LocalDate givenOn, String how) {
}
