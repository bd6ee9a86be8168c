package nl.doorbraak.dashboard.internal;

import java.time.LocalDate;

/** One case in a signal's list: who, where it is, and the date and number that explain why it is listed. */
public record SignalRow(long caseId, String youthName, String status, String municipality, LocalDate signalDate,
        Long signalNumber) {
}
