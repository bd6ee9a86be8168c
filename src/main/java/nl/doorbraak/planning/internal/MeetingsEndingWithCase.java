package nl.doorbraak.planning.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseEnding;
import nl.doorbraak.casefile.CaseLooseEnds;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.LooseEnd;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A case that ends is taken off the meetings ahead, inside the closing transaction: a meeting about only this case
 * is cancelled as a coordinator cancels it (everyone invited gets the METHOD:CANCEL), from a meeting with other cases
 * only this case's agenda item goes (its participants' invitations are withdrawn). On the timeline and audited.
 */
@Component
class MeetingsEndingWithCase implements CaseLooseEnds {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingRepository meetings;
    private final MeetingComposition composition;
    private final PersonalInvites invites;
    private final InvitationMails mails;
    private final CaseParticipation participation;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final AuditLog audit;
    private final MessageSource messages;
    private final PlanningTime time;

    MeetingsEndingWithCase(MeetingRepository meetings, MeetingComposition composition, PersonalInvites invites,
            InvitationMails mails, CaseParticipation participation, Werkwijzen werkwijzen, UserDirectory users,
            AuditLog audit, MessageSource messages, PlanningTime time) {
        this.meetings = meetings;
        this.composition = composition;
        this.invites = invites;
        this.mails = mails;
        this.participation = participation;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.audit = audit;
        this.messages = messages;
        this.time = time;
    }

    /** Each meeting ahead: when the case's item starts, the table, the chair. */
    @Override
    public List<LooseEnd> openFor(long caseId) {
        return meetings.itemsAhead(caseId, now()).stream().map(item -> {
            Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
            String chair = meeting.chairUserId() == null ? null
                    : users.find(meeting.chairUserId()).map(UserContact::displayName).orElse(null);
            return new LooseEnd(LooseEnd.Kind.VERGADERING, item.id(), start(meeting, item), tableName(meeting), chair);
        }).toList();
    }

    @EventListener
    @Order(3)
    void on(CaseEnding ending) {
        for (AgendaItem item : meetings.itemsAhead(ending.caseId(), now())) {
            Meeting meeting = meetings.find(item.meetingId()).orElseThrow();
            if (meetings.itemCount(meeting.id()) == 1) {
                cancel(ending, meeting);
            } else {
                takeOff(ending, meeting, item);
            }
            participation.recordClosedWithCase(ending.actor(), ending.caseId(), LooseEnd.Kind.VERGADERING,
                    messages.getMessage("planning.closedWithCase.timeline", new Object[] {tableName(meeting),
                            DATE.format(start(meeting, item)), TIME.format(start(meeting, item))}, DUTCH));
        }
    }

    /** As {@link MeetingInvitations#cancel}: once invitations went out, everyone gets the cancellation. */
    private void cancel(CaseEnding ending, Meeting meeting) {
        List<InviteRecipient> recipients = invites.recipients(meeting, meetings.items(meeting.id()));
        boolean invited = meetings.invited(meeting.id());
        meetings.cancel(meeting.id());
        if (invited) {
            mails.cancel(meeting, recipients, meeting.sequence(), "UITNODIGING_GEANNULEERD", InvitationMails.CANCEL);
        }
        audit.record(AuditEvent.of("VERGADERING_GEANNULEERD", "VERGADERING", meeting.id())
                .withSubject("casus:" + ending.caseId()).withActor(ending.actor().username())
                .withDetails("casus afgesloten"));
    }

    /** The meeting goes on for the other cases; this case's participants get their invitation withdrawn. */
    private void takeOff(CaseEnding ending, Meeting meeting, AgendaItem item) {
        composition.cancelInvitations(meeting, invites.participants(meeting, item));
        meetings.removeItem(item.id());
        audit.record(AuditEvent.of("AGENDAPUNT_VERWIJDERD", "VERGADERING", meeting.id())
                .withSubject("casus:" + ending.caseId()).withActor(ending.actor().username())
                .withDetails("casus afgesloten"));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(time.now(), PlanningTime.ZONE);
    }

    private static LocalDateTime start(Meeting meeting, AgendaItem item) {
        return meeting.startsAt().toLocalDate().atTime(item.slotStart());
    }

    private String tableName(Meeting meeting) {
        return PlanningOverview.tableName(werkwijzen.get(meeting.regionSlug()), meeting.tableCode());
    }
}
