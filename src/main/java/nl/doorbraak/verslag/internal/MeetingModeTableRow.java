package nl.doorbraak.verslag.internal;

import java.time.LocalDateTime;
import java.time.LocalTime;

/** One case on a meeting the user chairs, with the state of its verslag (GEEN, CONCEPT or VASTGESTELD). */
public record MeetingModeTableRow(long itemId, long caseId, String youthName, String tableName,
        LocalDateTime meetingStartsAt, LocalTime slotStart, LocalTime slotEnd, boolean cancelled,
        String verslagStatus) {
}
