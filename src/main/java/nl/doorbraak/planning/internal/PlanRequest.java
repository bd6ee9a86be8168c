package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** Put a case on a table's meeting on {@code date}, in the slot from {@code slotStart} to {@code slotEnd}. */
public record PlanRequest(long caseId, String tableCode, LocalDate date, LocalTime slotStart, LocalTime slotEnd) {
}
