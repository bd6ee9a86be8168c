package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.calendar.InviteeRole;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The .ics download: the user's own invitation, the same one their mail carried (same uid, current SEQUENCE), with
 * the organiser and the user only. Every download is audited: it names the user and when they sit at which table.
 */
@Service
@Transactional
public class MeetingIcs {

    private final MeetingRepository meetings;
    private final PersonalInvites invites;
    private final UserDirectory users;
    private final AuditLog audit;
    private final MeetingReach reach;

    MeetingIcs(MeetingRepository meetings, PersonalInvites invites, UserDirectory users, AuditLog audit,
            MeetingReach reach) {
        this.reach = reach;
        this.meetings = meetings;
        this.invites = invites;
        this.users = users;
        this.audit = audit;
    }

    /**
     * For the meeting: the chair's invitation, a participant's for their first agenda item, or, for a coordinator
     * who does not take part, the whole meeting.
     */
    public Optional<String> ofMeeting(CurrentUser user, long meetingId) {
        Optional<Meeting> meeting = meetings.find(meetingId);
        return download(user, meetingId, meeting, meeting.flatMap(m -> own(user, m)));
    }

    /** For one agenda item the user takes part in. */
    public Optional<String> ofItem(CurrentUser user, long meetingId, long itemId) {
        Optional<Meeting> meeting = meetings.find(meetingId);
        Optional<InviteRecipient> recipient = meeting.flatMap(m -> meetings.item(itemId)
                .filter(item -> item.meetingId() == m.id()).flatMap(item -> asParticipant(user, m, item)));
        return download(user, meetingId, meeting, recipient);
    }

    private Optional<InviteRecipient> own(CurrentUser user, Meeting meeting) {
        if (MeetingAudience.chairs(user, meeting)) {
            return invites.chair(meeting);
        }
        List<AgendaItem> items = meetings.items(meeting.id());
        Optional<InviteRecipient> participant = items.stream()
                .map(item -> asParticipant(user, meeting, item)).flatMap(Optional::stream).findFirst();
        if (participant.isPresent() || !reach.manages(user, meeting, items)) {
            return participant;
        }
        return users.find(user.id()).map(u -> InviteRecipient.wholeMeeting(meeting, u.id(), u.email(),
                u.displayName(), InviteeRole.PARTICIPANT));
    }

    /** A user's seat at an item; the address is the user's own when the seat has none. */
    private Optional<InviteRecipient> asParticipant(CurrentUser user, Meeting meeting, AgendaItem item) {
        return item.participants().stream().filter(p -> p.userId() != null && p.userId() == user.id()).findFirst()
                .map(p -> p.email() != null ? p : new Participant(p.id(), p.agendaItemId(), p.userId(), p.name(),
                        p.organisation(), users.find(user.id()).map(UserContact::email).orElse(null), p.role(),
                        p.organisationId()))
                .filter(p -> p.email() != null)
                .map(p -> invites.participant(meeting, item, p));
    }

    private Optional<String> download(CurrentUser user, long meetingId, Optional<Meeting> meeting,
            Optional<InviteRecipient> recipient) {
        AuditEvent event = AuditEvent.of("UITNODIGING_GEDOWNLOAD", "VERGADERING", meetingId).withActor(user.username());
        if (meeting.isEmpty() || recipient.isEmpty()) {
            audit.record(event.withOutcome(AuditOutcome.DENIED));
            return Optional.empty();
        }
        Long caseId = recipient.get().caseId();
        audit.record(caseId == null ? event : event.withSubject("casus:" + caseId));
        return Optional.of(invites.current(meeting.get(), recipient.get()));
    }
}
