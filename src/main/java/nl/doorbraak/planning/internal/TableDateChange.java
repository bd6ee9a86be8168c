package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/** A new or moved table date: the table (only when adding), the day, its time slot and place. */
public record TableDateChange(String tableCode, LocalDate day, LocalTime from, LocalTime until, String location) {
}
