package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations for a meeting: every recipient gets their own mail and .ics for each agenda item they take part in
 * (the chair one for the whole meeting), under a uid that stays theirs: METHOD:REQUEST for invitations and updates,
 * with a SEQUENCE that rises with every change, METHOD:CANCEL when the meeting is cancelled ({@link MeetingComposition}
 * cancels the invitation of someone taken off).
 */
@Service
@Transactional(noRollbackFor = MeetingHidden.class)
public class MeetingInvitations {

    private static final int MINUTES_PER_DAY = 24 * 60;

    private final MeetingRepository meetings;
    private final MeetingComposition composition;
    private final PersonalInvites invites;
    private final InvitationMails mails;
    private final AuditLog audit;
    private final PlanningTime time;

    MeetingInvitations(MeetingRepository meetings, MeetingComposition composition, PersonalInvites invites,
            InvitationMails mails, AuditLog audit, PlanningTime time) {
        this.meetings = meetings;
        this.composition = composition;
        this.invites = invites;
        this.mails = mails;
        this.audit = audit;
        this.time = time;
    }

    /** Mails every participant with an e-mail address, and the chair. Returns how many mails were queued. */
    public int send(CurrentUser coordinator, long meetingId) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        int sent = mails.request(meeting, recipients(meeting), "UITNODIGING_TAFEL", InvitationMails.REQUEST);
        meetings.markInvited(meetingId, time.now());
        audit.record(AuditEvent.of("UITNODIGINGEN_VERSTUURD", "VERGADERING", meetingId).withActor(coordinator.username())
                .withDetails(sent + " mails"));
        return sent;
    }

    /** A new date or time: the agenda items move along, SEQUENCE goes up and everyone invited gets an update. */
    public void reschedule(CurrentUser coordinator, long meetingId, LocalDate date, LocalTime start, LocalTime end) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        if (date == null || start == null || end == null || !end.isAfter(start)) {
            throw new PlanningRefused("endTime", "planning.refused.slotOrder");
        }
        int shift = (start.toSecondOfDay() - meeting.startsAt().toLocalTime().toSecondOfDay()) / 60;
        if (!keepsEveryItemOnItsDay(meetings.items(meetingId), shift)) {
            throw new PlanningRefused("startTime", "planning.refused.itemsOffTheDay");
        }
        meetings.reschedule(meetingId, date.atTime(start), date.atTime(end));
        meetings.shiftItems(meetingId, shift);
        if (meetings.invited(meetingId)) {
            Meeting moved = meetings.find(meeting.id()).orElseThrow();
            mails.request(moved, recipients(moved), "UITNODIGING_GEWIJZIGD", InvitationMails.UPDATE);
        }
        audit.record(AuditEvent.of("VERGADERING_VERZET", "VERGADERING", meetingId).withActor(coordinator.username()));
    }

    public void cancel(CurrentUser coordinator, long meetingId) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        meetings.cancel(meetingId);
        // the meeting as it was before cancelling is the last invite sent
        mails.cancel(meeting, recipients(meeting), meeting.sequence(), "UITNODIGING_GEANNULEERD",
                InvitationMails.CANCEL);
        audit.record(AuditEvent.of("VERGADERING_GEANNULEERD", "VERGADERING", meetingId).withActor(coordinator.username()));
    }

    private List<InviteRecipient> recipients(Meeting meeting) {
        return invites.recipients(meeting, meetings.items(meeting.id()));
    }

    /** Whether every agenda item, moved {@code minutes} along with the meeting, still starts and ends that day. */
    private static boolean keepsEveryItemOnItsDay(List<AgendaItem> items, int minutes) {
        return items.stream().allMatch(item -> item.slotStart().toSecondOfDay() / 60 + minutes >= 0
                && item.slotEnd().toSecondOfDay() / 60 + minutes < MINUTES_PER_DAY);
    }
}
