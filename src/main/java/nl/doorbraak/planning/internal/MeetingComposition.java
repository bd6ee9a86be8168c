package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.planning.CaseAccessEnded;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sits at the table: participants per agenda item (users of the region or external people) and the meeting's
 * independent chair, who may not also be a participant; and where it takes place. Taking part gives no access to
 * the case yet: that comes with the dossier (or the finalised verslag), and ends when the user is taken off.
 */
@Service
@Transactional(noRollbackFor = MeetingHidden.class)
public class MeetingComposition {

    private static final List<Role> PARTICIPANT_ROLES = List.of(Role.DEELNEMER, Role.VERWIJZER, Role.COORDINATOR);

    private final MeetingRepository meetings;
    private final CaseParticipation cases;
    private final UserDirectory users;
    private final AuditLog audit;
    private final MeetingReach reach;
    private final ApplicationEventPublisher events;
    private final PersonalInvites invites;
    private final InvitationMails mails;

    MeetingComposition(MeetingRepository meetings, CaseParticipation cases, UserDirectory users, AuditLog audit,
            ApplicationEventPublisher events, PersonalInvites invites, InvitationMails mails, MeetingReach reach) {
        this.reach = reach;
        this.meetings = meetings;
        this.cases = cases;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.invites = invites;
        this.mails = mails;
    }

    /** Users of the region who can take part, by name. */
    @Transactional(readOnly = true)
    public List<UserContact> candidates(String regionSlug) {
        Map<Long, UserContact> byId = new TreeMap<>();
        PARTICIPANT_ROLES.forEach(role -> users.withRoleInRegion(role, regionSlug).forEach(u -> byId.put(u.id(), u)));
        return byId.values().stream().sorted(java.util.Comparator.comparing(UserContact::displayName)).toList();
    }

    @Transactional(readOnly = true)
    public List<UserContact> chairs(String regionSlug) {
        return users.withRoleInRegion(Role.VOORZITTER, regionSlug);
    }

    public void addUser(CurrentUser coordinator, long meetingId, long itemId, long userId, ParticipantRole role) {
        Meeting meeting = managed(coordinator, meetingId);
        AgendaItem item = itemOf(meeting, itemId);
        UserContact user = candidates(meeting.regionSlug()).stream().filter(u -> u.id() == userId).findFirst()
                .orElseThrow(() -> new PlanningRefused("userId", "planning.refused.userNotInRegion"));
        if (meeting.chairUserId() != null && meeting.chairUserId() == userId) {
            throw new PlanningRefused("userId", "planning.refused.chairIsParticipant");
        }
        if (item.participants().stream().anyMatch(p -> p.isUser() && p.userId() == userId)) {
            throw new PlanningRefused("userId", "planning.refused.alreadyParticipant");
        }
        meetings.addParticipant(itemId, userId, user.displayName(), null, user.email(), role);
        audit.record(AuditEvent.of("DEELNEMER_TOEGEVOEGD", "VERGADERING", meetingId)
                .withSubject("casus:" + item.caseId()).withActor(coordinator.username()));
    }

    public void addExternal(CurrentUser coordinator, long meetingId, long itemId, String name, String organisation,
            String email, ParticipantRole role) {
        Meeting meeting = managed(coordinator, meetingId);
        AgendaItem item = itemOf(meeting, itemId);
        if (item.participants().stream().anyMatch(p -> sameExternal(p, name, email))) {
            throw new PlanningRefused("name", "planning.refused.alreadyParticipant");
        }
        meetings.addParticipant(itemId, null, name.strip(), blankToNull(organisation), blankToNull(email), role);
        audit.record(AuditEvent.of("DEELNEMER_TOEGEVOEGD", "VERGADERING", meetingId)
                .withSubject("casus:" + item.caseId()).withActor(coordinator.username()));
    }

    /** The same external person: the same e-mail address, or without addresses the same name. */
    private static boolean sameExternal(Participant participant, String name, String email) {
        if (participant.isUser()) {
            return false;
        }
        String address = blankToNull(email);
        if (address != null || participant.email() != null) {
            return address != null && participant.email() != null && participant.email().strip().equalsIgnoreCase(address.strip());
        }
        return participant.name().strip().equalsIgnoreCase(name.strip());
    }

    /**
     * Takes someone off an agenda item (never the inbrenger). A user's need-to-know of the case ends with it, unless
     * they still take part in another planned meeting about the same case. Once invitations went out, theirs is
     * cancelled.
     */
    public void remove(CurrentUser coordinator, long meetingId, long participantId) {
        Meeting meeting = managed(coordinator, meetingId);
        Participant participant = meetings.participant(participantId)
                .filter(p -> p.role() != ParticipantRole.INBRENGER)
                .orElseThrow(() -> new PlanningRefused(null, "planning.refused.notRemovable"));
        AgendaItem item = itemOf(meeting, participant.agendaItemId());
        String seat = invites.participant(meeting, item, participant).uid();
        List<InviteRecipient> invited = invites.participants(meeting, item).stream()
                .filter(r -> r.uid().equals(seat)).toList();
        meetings.removeParticipant(participantId);
        cancelInvitations(meeting, invited);
        if (participant.isUser() && !meetings.takesPartInPlannedItem(item.caseId(), participant.userId())) {
            cases.revokeAccess(item.caseId(), participant.userId());
            events.publishEvent(new CaseAccessEnded(item.caseId(), participant.userId()));
        }
        audit.record(AuditEvent.of("DEELNEMER_VERWIJDERD", "VERGADERING", meetingId)
                .withSubject("casus:" + item.caseId()).withActor(coordinator.username()));
    }

    /** Sets the independent chair (a VOORZITTER of the region, not a participant) and the location. */
    public void chairAndLocation(CurrentUser coordinator, long meetingId, Long chairUserId, String location) {
        Meeting meeting = managed(coordinator, meetingId);
        if (chairUserId != null) {
            if (chairs(meeting.regionSlug()).stream().noneMatch(u -> u.id() == chairUserId)) {
                throw new PlanningRefused("chairUserId", "planning.refused.notAChair");
            }
            if (meetings.isParticipant(meetingId, chairUserId)) {
                throw new PlanningRefused("chairUserId", "planning.refused.chairIsParticipant");
            }
        }
        String place = blankToNull(location);
        if (place != null && (place.length() > 160 || place.chars().anyMatch(Character::isISOControl))) {
            throw new PlanningRefused("location", "planning.refused.location");
        }
        meetings.setChairAndLocation(meetingId, chairUserId, place);
        if (!Objects.equals(meeting.location(), place) && meetings.invited(meetingId)) {
            meetings.raiseSequence(meetingId);
        }
        if (meeting.chairUserId() != null && !meeting.chairUserId().equals(chairUserId)) {
            cancelInvitations(meeting, invites.chair(meeting).stream().toList());
        }
        audit.record(AuditEvent.of("VERGADERING_GEWIJZIGD", "VERGADERING", meetingId).withActor(coordinator.username()));
    }

    /**
     * Cancels invitations that went out as a new revision of the meeting, so the CANCEL's SEQUENCE is above anything
     * the recipients got before under their uid.
     */
    void cancelInvitations(Meeting meeting, List<InviteRecipient> recipients) {
        if (recipients.isEmpty() || !meetings.invited(meeting.id())) {
            return;
        }
        meetings.raiseSequence(meeting.id());
        Meeting revised = meetings.find(meeting.id()).orElseThrow();
        mails.cancel(revised, recipients, revised.sequence() - 1, "UITNODIGING_INGETROKKEN",
                InvitationMails.WITHDRAWN);
    }

    /**
     * Before any input is looked at: the meeting must be one of the coordinator's region, else it is hidden; and
     * they must reach every case on it (an intake coordinator does not manage a meeting with other intake points'
     * cases), else it is refused.
     */
    public Meeting requireManaged(CurrentUser coordinator, long meetingId) {
        Meeting meeting = meetings.find(meetingId).filter(m -> MeetingAudience.coordinatesRegion(coordinator, m))
                .orElseThrow(() -> hidden(coordinator, meetingId));
        if (!reach.manages(coordinator, meeting, meetings.items(meetingId))) {
            throw new PlanningRefused(null, "planning.refused.notWholeMeeting");
        }
        return meeting;
    }

    /**
     * The meeting a coordinator changes: one of another region (or none) is hidden and audited as DENIED; one
     * with cases they do not reach, or a cancelled one, is refused with a message.
     */
    Meeting managed(CurrentUser coordinator, long meetingId) {
        Meeting meeting = requireManaged(coordinator, meetingId);
        if (!meeting.isPlanned()) {
            throw new PlanningRefused(null, "planning.refused.notYourMeeting");
        }
        return meeting;
    }

    private MeetingHidden hidden(CurrentUser user, long meetingId) {
        audit.record(AuditEvent.of("VERGADERING_WIJZIGEN", "VERGADERING", meetingId).withActor(user.username())
                .withOutcome(AuditOutcome.DENIED).withDetails("geen vergadering van uw regio"));
        return new MeetingHidden(meetingId);
    }

    private AgendaItem itemOf(Meeting meeting, long itemId) {
        return meetings.item(itemId).filter(i -> i.meetingId() == meeting.id())
                .orElseThrow(() -> new PlanningRefused(null, "planning.refused.notYourMeeting"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
