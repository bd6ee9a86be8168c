package nl.doorbraak.audit.internal;

import java.time.LocalDate;

/** The period the privacy officer looks at on "Toegekende rechten": calendar days in Europe/Amsterdam, inclusive. */
public record RightsFilter(LocalDate from, LocalDate to) {

    public String describe() {
        return "van=" + (from == null ? "-" : from) + "; tot en met=" + (to == null ? "-" : to);
    }
}
