package nl.doorbraak.planning.internal;

import java.time.LocalTime;
import java.util.List;

/** One case on a meeting's agenda, with its time slot and who takes part. */
public record AgendaItem(long id, long meetingId, long caseId, LocalTime slotStart, LocalTime slotEnd,
        List<Participant> participants) {

    public AgendaItem {
        participants = List.copyOf(participants);
    }
}
