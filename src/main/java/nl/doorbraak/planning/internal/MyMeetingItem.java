package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One agenda item on "Mijn overleggen": when, where, at which table, and whether the user chairs the meeting or
 * takes part in this case. The case is named by its number only, as on the meeting page.
 */
public record MyMeetingItem(long meetingId, long itemId, long caseId, String tableName, String regionName,
        LocalDate day, LocalTime slotStart, LocalTime slotEnd, String location, boolean asChair) {
}
