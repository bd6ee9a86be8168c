package nl.doorbraak.planning.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.calendar.Contact;
import nl.doorbraak.calendar.Invitations;
import nl.doorbraak.calendar.Invitee;
import nl.doorbraak.calendar.MeetingInvite;
import nl.doorbraak.calendar.MeetingKind;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.MailAttachment;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations for a meeting: mails through the outbox (table name, date and time and a link only; never the youth
 * or the case) with the .ics attached: a stable UID whose SEQUENCE rises with every change, METHOD:REQUEST for
 * invitations and updates, METHOD:CANCEL for a cancellation.
 */
@Service
@Transactional
public class MeetingInvitations {

    private static final String ICS_FILENAME = "uitnodiging.ics";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final MeetingRepository meetings;
    private final MeetingPages pages;
    private final MeetingComposition composition;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final Invitations invitations;
    private final Outbox outbox;
    private final MessageSource messages;
    private final AuditLog audit;
    private final PlanningTime time;
    private final String from;
    private final String baseUrl;

    MeetingInvitations(MeetingRepository meetings, MeetingPages pages, MeetingComposition composition,
            Werkwijzen werkwijzen, UserDirectory users, Invitations invitations, Outbox outbox, MessageSource messages,
            AuditLog audit, PlanningTime time, @Value("${doorbraak.mail.from:noreply@doorbraak.example}") String from,
            @Value("${doorbraak.base-url:http://localhost:8080}") String baseUrl) {
        this.meetings = meetings;
        this.pages = pages;
        this.composition = composition;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.invitations = invitations;
        this.outbox = outbox;
        this.messages = messages;
        this.audit = audit;
        this.time = time;
        this.from = from;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The meeting's .ics for someone who may see it: a request, or a cancellation once it is cancelled. */
    @Transactional(readOnly = true)
    public Optional<String> ics(CurrentUser user, long meetingId) {
        return meetings.find(meetingId).filter(m -> pages.maySee(user, m)).map(this::ics);
    }

    /** Mails every participant with an e-mail address, and the chair. Returns how many mails were queued. */
    public int send(CurrentUser coordinator, long meetingId) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        int sent = mailAll(meeting, "UITNODIGING_TAFEL", "planning.mail.invite", request(meeting));
        meetings.markInvited(meetingId, time.now());
        audit.record(AuditEvent.of("UITNODIGINGEN_VERSTUURD", "VERGADERING", meetingId).withActor(coordinator.username())
                .withDetails(sent + " mails"));
        return sent;
    }

    /** A new date or time: SEQUENCE goes up and everyone gets an update. */
    public void reschedule(CurrentUser coordinator, long meetingId, LocalDate date, LocalTime start, LocalTime end) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        if (date == null || start == null || end == null || !end.isAfter(start)) {
            throw new PlanningRefused("endTime", "planning.refused.slotOrder");
        }
        meetings.reschedule(meetingId, date.atTime(start), date.atTime(end));
        Meeting moved = meetings.find(meeting.id()).orElseThrow();
        mailAll(moved, "UITNODIGING_GEWIJZIGD", "planning.mail.update", request(moved));
        audit.record(AuditEvent.of("VERGADERING_VERZET", "VERGADERING", meetingId).withActor(coordinator.username()));
    }

    public void cancel(CurrentUser coordinator, long meetingId) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        meetings.cancel(meetingId);
        // the meeting as it was before cancelling is the last invite sent
        MailAttachment cancellation = new MailAttachment(ICS_FILENAME, Invitations.CANCEL_CONTENT_TYPE,
                invitations.cancel(invite(meeting, meeting.sequence())));
        mailAll(meeting, "UITNODIGING_GEANNULEERD", "planning.mail.cancel", cancellation);
        audit.record(AuditEvent.of("VERGADERING_GEANNULEERD", "VERGADERING", meetingId).withActor(coordinator.username()));
    }

    private String ics(Meeting meeting) {
        if (meeting.isPlanned()) {
            return invitations.request(invite(meeting, meeting.sequence()));
        }
        // cancelling raised the stored sequence already; the cancellation is one above the last invite sent
        return invitations.cancel(invite(meeting, Math.max(0, meeting.sequence() - 1)));
    }

    private MailAttachment request(Meeting meeting) {
        return new MailAttachment(ICS_FILENAME, Invitations.REQUEST_CONTENT_TYPE,
                invitations.request(invite(meeting, meeting.sequence())));
    }

    private MeetingInvite invite(Meeting meeting, int sequence) {
        MeetingTable table = werkwijzen.get(meeting.regionSlug()).table(meeting.tableCode()).orElseThrow();
        List<Invitee> invitees = new ArrayList<>();
        recipients(meeting).forEach((email, name) -> invitees.add(Invitee.participant(email, name)));
        chair(meeting).filter(c -> c.email() != null).ifPresent(c -> {
            invitees.removeIf(i -> i.contact().email().equalsIgnoreCase(c.email()));
            invitees.add(Invitee.chair(c.email(), c.displayName()));
        });
        Contact organizer = new Contact(from, "Doorbraak planning");
        if (invitees.isEmpty()) {
            invitees.add(new Invitee(organizer, nl.doorbraak.calendar.InviteeRole.PARTICIPANT));
        }
        String location = meeting.location() == null ? text("planning.meeting.notYet") : meeting.location();
        return new MeetingInvite("meeting-" + meeting.id() + "@doorbraak", sequence,
                MeetingKind.valueOf(table.type().name()), table.name(), meeting.startsAt(), meeting.endsAt(),
                location, organizer, invitees, URI.create(baseUrl + meeting.path()));
    }

    private int mailAll(Meeting meeting, String kind, String key, MailAttachment ics) {
        String tableName = PlanningOverview.tableName(werkwijzen.get(meeting.regionSlug()), meeting.tableCode());
        Object[] args = {tableName, DATE.format(meeting.startsAt()), TIME.format(meeting.startsAt()),
                TIME.format(meeting.endsAt()), baseUrl + meeting.path()};
        Map<String, String> to = recipients(meeting);
        chair(meeting).filter(c -> c.email() != null).ifPresent(c -> to.putIfAbsent(c.email(), c.displayName()));
        to.keySet().forEach(email -> outbox.enqueue(new OutgoingMail(email, kind,
                messages.getMessage(key + ".subject", args, DUTCH), messages.getMessage(key + ".body", args, DUTCH),
                meeting.path(), ics)));
        return to.size();
    }

    /**
     * Participants with an e-mail address, once each, by address, named by their role: a typed-in name may be the
     * youth's or name the youth ("Ouder van ..."), and the .ics leaves the app.
     */
    private Map<String, String> recipients(Meeting meeting) {
        Map<String, String> to = new LinkedHashMap<>();
        meetings.items(meeting.id()).forEach(item -> item.participants().stream()
                .filter(p -> p.email() != null && !p.email().isBlank())
                .forEach(p -> to.putIfAbsent(p.email(), text("planning.role." + p.role().name()))));
        return to;
    }

    private Optional<UserContact> chair(Meeting meeting) {
        return meeting.chairUserId() == null ? Optional.empty() : users.find(meeting.chairUserId());
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
