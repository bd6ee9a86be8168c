package nl.doorbraak.leerplicht;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One school holiday of one holiday region, both days inclusive.
 *
 * @param schoolYear the school year it belongs to, as its first calendar year (2025 for 2025-2026); the summer
 *                   holiday belongs to the school year it closes
 * @param kind       which of the five holidays
 */
public record SchoolHoliday(int schoolYear, VakantieRegio regio, Kind kind, LocalDate from, LocalDate until) {

    /** The five holidays the government spreads over the regions. */
    public enum Kind { HERFST, KERST, VOORJAAR, MEI, ZOMER }

    public SchoolHoliday {
        Objects.requireNonNull(regio, "regio");
        Objects.requireNonNull(kind, "kind");
        if (until.isBefore(from)) {
            throw new IllegalArgumentException("until before from");
        }
    }

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(until);
    }
}
