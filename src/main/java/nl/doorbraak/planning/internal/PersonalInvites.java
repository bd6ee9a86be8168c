package nl.doorbraak.planning.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.calendar.Contact;
import nl.doorbraak.calendar.Invitations;
import nl.doorbraak.calendar.Invitee;
import nl.doorbraak.calendar.InviteeRole;
import nl.doorbraak.calendar.MeetingInvite;
import nl.doorbraak.calendar.MeetingKind;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Each recipient's own .ics: the organiser and that one person, at the time of their own agenda item. The SEQUENCE is
 * the meeting's revision, which only goes up, so it is higher in every update or cancellation than in anything sent
 * before under the same uid.
 */
@Component
class PersonalInvites {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final Invitations invitations;
    private final MessageSource messages;
    private final Contact organizer;
    private final String baseUrl;

    PersonalInvites(Werkwijzen werkwijzen, UserDirectory users, Invitations invitations, MessageSource messages,
            @Value("${doorbraak.mail.from:noreply@doorbraak.example}") String from,
            @Value("${doorbraak.base-url:http://localhost:8080}") String baseUrl) {
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.invitations = invitations;
        this.messages = messages;
        this.organizer = new Contact(from, "Doorbraak planning");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Everyone the meeting's mails go to: per agenda item its participants with an address (once each), the chair. */
    List<InviteRecipient> recipients(Meeting meeting, List<AgendaItem> items) {
        List<InviteRecipient> to = new ArrayList<>();
        items.forEach(item -> to.addAll(participants(meeting, item)));
        chair(meeting).ifPresent(to::add);
        return to;
    }

    /** The participants of one item with an e-mail address, once per address. */
    List<InviteRecipient> participants(Meeting meeting, AgendaItem item) {
        Set<String> seen = new HashSet<>();
        return item.participants().stream().filter(PersonalInvites::hasAddress)
                .filter(p -> seen.add(p.email().strip().toLowerCase(Locale.ROOT)))
                .map(p -> participant(meeting, item, p)).toList();
    }

    /**
     * An external participant is named by their role: a typed-in name may be the youth's or name the youth ("Ouder
     * van ..."), and the .ics leaves the app. A user is a professional with an account and is named as in the app.
     */
    InviteRecipient participant(Meeting meeting, AgendaItem item, Participant participant) {
        String byRole = text("planning.role." + participant.role().name());
        String name = participant.isUser()
                ? users.find(participant.userId()).map(UserContact::displayName).filter(n -> !n.isBlank()).orElse(byRole)
                : byRole;
        return InviteRecipient.participant(meeting, item, participant, name);
    }

    Optional<InviteRecipient> chair(Meeting meeting) {
        return meeting.chairUserId() == null ? Optional.empty() : chair(meeting, meeting.chairUserId());
    }

    /** The chair, also a former one whose invitation is cancelled. */
    Optional<InviteRecipient> chair(Meeting meeting, long chairUserId) {
        return users.find(chairUserId).filter(u -> u.email() != null && !u.email().isBlank())
                .map(u -> InviteRecipient.wholeMeeting(meeting, u.id(), u.email(), u.displayName(), InviteeRole.CHAIR));
    }

    /** The invitation as it stands: a request while the meeting is planned, else its cancellation. */
    String current(Meeting meeting, InviteRecipient recipient) {
        if (meeting.isPlanned()) {
            return request(meeting, recipient);
        }
        // cancelling raised the stored sequence already; the cancellation is one above the last invite sent
        return cancellation(meeting, recipient, Math.max(0, meeting.sequence() - 1));
    }

    String request(Meeting meeting, InviteRecipient recipient) {
        return invitations.request(invite(meeting, recipient, meeting.sequence()));
    }

    /** The cancellation of the invitation last sent with {@code lastSequence}: its SEQUENCE is one higher. */
    String cancellation(Meeting meeting, InviteRecipient recipient, int lastSequence) {
        return invitations.cancel(invite(meeting, recipient, lastSequence));
    }

    String link(Meeting meeting) {
        return baseUrl + meeting.path();
    }

    private MeetingInvite invite(Meeting meeting, InviteRecipient recipient, int sequence) {
        MeetingTable table = werkwijzen.get(meeting.regionSlug()).table(meeting.tableCode()).orElseThrow();
        String location = meeting.location() == null ? text("planning.meeting.notYet") : meeting.location();
        Invitee invitee = new Invitee(new Contact(recipient.email().strip(), recipient.name()), recipient.role());
        return new MeetingInvite(recipient.uid(), sequence, MeetingKind.valueOf(table.type().name()), table.name(),
                recipient.start(), recipient.end(), location, organizer, invitee, URI.create(link(meeting)));
    }

    private static boolean hasAddress(Participant participant) {
        return participant.email() != null && !participant.email().isBlank();
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
