package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import nl.doorbraak.calendar.InviteeRole;

/**
 * One person's invitation to one agenda item (a participant) or to the whole meeting (the chair, or a coordinator
 * downloading it): their address, the name the calendar shows, and the time they are expected. The uid names the
 * seat, not the person, and never changes, so updates and the cancellation match the invitation in their calendar.
 *
 * @param caseId the case of the agenda item, or null for the whole meeting
 */
record InviteRecipient(String uid, String email, String name, InviteeRole role, LocalDateTime start,
        LocalDateTime end, Long caseId) {

    /** A participant of one agenda item, at the time of that item. */
    static InviteRecipient participant(Meeting meeting, AgendaItem item, Participant participant, String name) {
        LocalDate day = meeting.startsAt().toLocalDate();
        return new InviteRecipient("agendapunt-" + item.id() + "-deelnemer-" + participant.id() + "@doorbraak",
                participant.email(), name, InviteeRole.PARTICIPANT, day.atTime(item.slotStart()),
                day.atTime(item.slotEnd()), item.caseId());
    }

    /** A user for the whole meeting: the chair, or a coordinator who manages it. */
    static InviteRecipient wholeMeeting(Meeting meeting, long userId, String email, String name, InviteeRole role) {
        return new InviteRecipient("vergadering-" + meeting.id() + "-gebruiker-" + userId + "@doorbraak", email, name,
                role, meeting.startsAt(), meeting.endsAt(), null);
    }
}
