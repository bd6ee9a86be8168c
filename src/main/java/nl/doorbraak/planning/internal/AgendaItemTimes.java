package nl.doorbraak.planning.internal;

import java.time.LocalTime;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The time of one case within its meeting: a coordinator moves it (when the plan form's time overlapped another
 * case, or the order changes). It stays inside the meeting's time; once invitations went out, the participants of
 * that case get an update (the chair's invitation is for the whole meeting and does not change).
 */
@Service
@Transactional(noRollbackFor = MeetingHidden.class)
public class AgendaItemTimes {

    private final MeetingRepository meetings;
    private final MeetingComposition composition;
    private final PersonalInvites invites;
    private final InvitationMails mails;
    private final AuditLog audit;

    AgendaItemTimes(MeetingRepository meetings, MeetingComposition composition, PersonalInvites invites,
            InvitationMails mails, AuditLog audit) {
        this.meetings = meetings;
        this.composition = composition;
        this.invites = invites;
        this.mails = mails;
        this.audit = audit;
    }

    public void move(CurrentUser coordinator, long meetingId, long itemId, LocalTime start, LocalTime end) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        AgendaItem item = meetings.item(itemId).filter(i -> i.meetingId() == meetingId)
                .orElseThrow(() -> new PlanningRefused(null, "planning.refused.notYourMeeting"));
        if (!end.isAfter(start)) {
            throw new PlanningRefused("slotEnd", "planning.refused.slotOrder");
        }
        if (start.isBefore(meeting.startsAt().toLocalTime()) || end.isAfter(meeting.endsAt().toLocalTime())) {
            throw new PlanningRefused("slotStart", "planning.refused.itemOutsideMeeting");
        }
        meetings.moveItem(itemId, start, end);
        meetings.raiseSequence(meetingId);
        if (meetings.invited(meetingId)) {
            Meeting moved = meetings.find(meetingId).orElseThrow();
            AgendaItem movedItem = meetings.item(item.id()).orElseThrow();
            mails.request(moved, invites.participants(moved, movedItem), "UITNODIGING_GEWIJZIGD", InvitationMails.UPDATE);
        }
        audit.record(AuditEvent.of("AGENDAPUNT_VERZET", "VERGADERING", meetingId)
                .withSubject("casus:" + item.caseId()).withActor(coordinator.username()).withDetails("agendapunt " + itemId));
    }
}
