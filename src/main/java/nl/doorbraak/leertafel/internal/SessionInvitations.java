package nl.doorbraak.leertafel.internal;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.doorbraak.calendar.Contact;
import nl.doorbraak.calendar.Invitations;
import nl.doorbraak.calendar.Invitee;
import nl.doorbraak.calendar.InviteeRole;
import nl.doorbraak.calendar.MeetingInvite;
import nl.doorbraak.calendar.MeetingKind;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.MailAttachment;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.mail.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A session's invitations: every current member and the chair get their own mail with their own .ics (the calendar
 * module's, as planning sends them), under a uid that stays theirs. The mail and the .ics carry the table's name,
 * the date, the time, the place and the link to the session page: never anything of a case. A move sends an update
 * (same uid, higher SEQUENCE); a cancellation, or someone no longer invited (a member who left, a replaced chair),
 * gets METHOD:CANCEL.
 */
@Component
class SessionInvitations {

    static final String INVITE = "LEERTAFEL_UITNODIGING";
    static final String UPDATE = "LEERTAFEL_UITNODIGING_GEWIJZIGD";
    static final String CANCEL = "LEERTAFEL_UITNODIGING_GEANNULEERD";

    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final String ICS = "uitnodiging.ics";

    private record Recipient(UserContact user, InviteeRole role) {
    }

    private final MemberRepository members;
    private final InvitationRepository sent;
    private final UserDirectory users;
    private final Invitations invitations;
    private final Outbox outbox;
    private final MessageSource messages;
    private final SessionTime time;
    private final Contact organizer;
    private final String baseUrl;

    SessionInvitations(MemberRepository members, InvitationRepository sent, UserDirectory users,
            Invitations invitations, Outbox outbox, MessageSource messages, SessionTime time,
            @Value("${doorbraak.mail.from:noreply@doorbraak.example}") String from,
            @Value("${doorbraak.base-url:http://localhost:8080}") String baseUrl) {
        this.members = members;
        this.sent = sent;
        this.users = users;
        this.invitations = invitations;
        this.outbox = outbox;
        this.messages = messages;
        this.time = time;
        this.organizer = new Contact(from, "Doorbraak leertafel");
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** Invites everyone who has no invitation at the session's current sequence yet; returns how many were mailed. */
    int invite(LeertafelTable table, LeertafelSession session) {
        Map<Long, InvitationRepository.Sent> before = byUser(session);
        int mailed = 0;
        for (Recipient r : recipients(table, session)) {
            InvitationRepository.Sent last = before.get(r.user().id());
            if (last == null || last.cancelled() || last.sequence() < session.sequence()) {
                request(table, session, r, last, last == null || last.cancelled() ? INVITE : UPDATE);
                mailed++;
            }
        }
        mailed += cancelTheUninvited(table, session, before);
        return mailed;
    }

    /** After a change of date, time, place or chair: an update for those invited, a cancellation for those no longer. */
    void update(LeertafelTable table, LeertafelSession session) {
        if (session.invited()) {
            invite(table, session);
        }
    }

    /** The session is cancelled: everyone with a live invitation gets METHOD:CANCEL. */
    void cancel(LeertafelTable table, LeertafelSession session) {
        byUser(session).values().stream().filter(s -> !s.cancelled())
                .forEach(s -> users.find(s.userId()).ifPresent(u -> cancel(table, session, u, s)));
    }

    private int cancelTheUninvited(LeertafelTable table, LeertafelSession session,
            Map<Long, InvitationRepository.Sent> before) {
        List<Long> invited = recipients(table, session).stream().map(r -> r.user().id()).toList();
        List<InvitationRepository.Sent> gone = before.values().stream()
                .filter(s -> !s.cancelled() && !invited.contains(s.userId())).toList();
        gone.forEach(s -> users.find(s.userId()).ifPresent(u -> cancel(table, session, u, s)));
        return gone.size();
    }

    private void request(LeertafelTable table, LeertafelSession session, Recipient r, InvitationRepository.Sent last,
            String kind) {
        int sequence = last == null ? session.sequence()
                : Math.max(session.sequence(), last.cancelled() ? last.sequence() + 1 : last.sequence());
        MeetingInvite invite = invite(table, session, r.user(), r.role(), sequence);
        mail(table, session, r.user(), kind, new MailAttachment(ICS, Invitations.REQUEST_CONTENT_TYPE,
                invitations.request(invite)));
        sent.record(session.id(), r.user().id(), sequence, false, time.now());
    }

    private void cancel(LeertafelTable table, LeertafelSession session, UserContact user, InvitationRepository.Sent last) {
        if (user.email() == null || user.email().isBlank()) {
            return;
        }
        MeetingInvite lastSent = invite(table, session, user, InviteeRole.PARTICIPANT, last.sequence());
        mail(table, session, user, CANCEL, new MailAttachment(ICS, Invitations.CANCEL_CONTENT_TYPE,
                invitations.cancel(lastSent)));
        sent.record(session.id(), user.id(), last.sequence() + 1, true, time.now());
    }

    /** The current members and the chair, each once, with an e-mail address. */
    private List<Recipient> recipients(LeertafelTable table, LeertafelSession session) {
        List<Recipient> to = new ArrayList<>();
        if (session.cancelled()) {
            return to;
        }
        members.current(table).forEach(m -> users.find(m.userId()).ifPresent(u -> to.add(new Recipient(u,
                InviteeRole.PARTICIPANT))));
        Optional.ofNullable(session.chairUserId()).flatMap(users::find)
                .filter(u -> to.stream().noneMatch(r -> r.user().id() == u.id()))
                .ifPresent(u -> to.add(new Recipient(u, InviteeRole.CHAIR)));
        return to.stream().filter(r -> r.user().email() != null && !r.user().email().isBlank()).toList();
    }

    private MeetingInvite invite(LeertafelTable table, LeertafelSession session, UserContact user, InviteeRole role,
            int sequence) {
        String uid = "leertafel-bijeenkomst-" + session.id() + "-gebruiker-" + user.id() + "@doorbraak";
        return new MeetingInvite(uid, sequence, MeetingKind.LEERTAFEL, table.name(), session.startsAt(),
                session.endsAt(), place(session), organizer, new Invitee(new Contact(user.email().strip(),
                        user.displayName()), role), URI.create(link(table, session)));
    }

    private void mail(LeertafelTable table, LeertafelSession session, UserContact to, String kind, MailAttachment ics) {
        String key = switch (kind) {
            case INVITE -> "leertafel.mail.invite";
            case UPDATE -> "leertafel.mail.update";
            default -> "leertafel.mail.cancel";
        };
        Object[] args = {table.name(), DATE.format(session.startsAt()), TIME.format(session.startsAt()),
                TIME.format(session.endsAt()), place(session), link(table, session)};
        outbox.enqueue(new OutgoingMail(to.email().strip(), kind, messages.getMessage(key + ".subject", args, DUTCH),
                messages.getMessage(key + ".body", args, DUTCH), session.path(table), ics));
    }

    private String place(LeertafelSession session) {
        return session.location() == null || session.location().isBlank()
                ? messages.getMessage("leertafel.sessions.location.notYet", null, DUTCH) : session.location();
    }

    private String link(LeertafelTable table, LeertafelSession session) {
        return baseUrl + session.path(table);
    }

    private Map<Long, InvitationRepository.Sent> byUser(LeertafelSession session) {
        return sent.of(session.id()).stream().collect(Collectors.toMap(InvitationRepository.Sent::userId,
                Function.identity()));
    }
}
