package nl.doorbraak.planning;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * One case on one meeting's agenda, as the modules after planning see it: when and where, the chair, and who takes
 * part. Times are wall-clock times in Europe/Amsterdam.
 */
public record AgendaEntry(long itemId, long meetingId, long caseId, String regionSlug, String tableCode,
        LocalDateTime meetingStartsAt, LocalDateTime meetingEndsAt, LocalTime slotStart, LocalTime slotEnd,
        String location, Long chairUserId, boolean cancelled, List<AgendaPerson> participants) {

    public AgendaEntry {
        participants = List.copyOf(participants);
    }

    /** Whether the user sits at this table for this case (the chair is not a participant). */
    public boolean hasParticipant(long userId) {
        return participants.stream().anyMatch(p -> p.userId() != null && p.userId() == userId);
    }

    public boolean chairedBy(long userId) {
        return chairUserId != null && chairUserId == userId;
    }
}
