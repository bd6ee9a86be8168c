package nl.doorbraak.planning.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.calendar.Invitations;
import nl.doorbraak.mail.MailAttachment;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The meeting's mails through the outbox: one per recipient and agenda item, with that person's own .ics attached
 * and the time of their own item; the table name, date, time and a link only, never the youth or the case.
 */
@Component
class InvitationMails {

    static final String REQUEST = "planning.mail.invite";
    static final String UPDATE = "planning.mail.update";
    static final String CANCEL = "planning.mail.cancel";
    static final String WITHDRAWN = "planning.mail.withdrawn";

    private static final String ICS_FILENAME = "uitnodiging.ics";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final PersonalInvites invites;
    private final Werkwijzen werkwijzen;
    private final Outbox outbox;
    private final MessageSource messages;

    InvitationMails(PersonalInvites invites, Werkwijzen werkwijzen, Outbox outbox, MessageSource messages) {
        this.invites = invites;
        this.werkwijzen = werkwijzen;
        this.outbox = outbox;
        this.messages = messages;
    }

    /** A request (or update) at the meeting's current sequence to each recipient; returns how many were queued. */
    int request(Meeting meeting, List<InviteRecipient> recipients, String kind, String key) {
        recipients.forEach(r -> mail(meeting, r, kind, key, new MailAttachment(ICS_FILENAME,
                Invitations.REQUEST_CONTENT_TYPE, invites.request(meeting, r))));
        return recipients.size();
    }

    /** The cancellation of what was last sent at {@code lastSequence}, to each recipient. */
    void cancel(Meeting meeting, List<InviteRecipient> recipients, int lastSequence, String kind, String key) {
        recipients.forEach(r -> mail(meeting, r, kind, key, new MailAttachment(ICS_FILENAME,
                Invitations.CANCEL_CONTENT_TYPE, invites.cancellation(meeting, r, lastSequence))));
    }

    private void mail(Meeting meeting, InviteRecipient to, String kind, String key, MailAttachment ics) {
        Werkwijze werkwijze = werkwijzen.get(meeting.regionSlug());
        String tableName = PlanningOverview.tableName(werkwijze, meeting.tableCode());
        String article = werkwijze.table(meeting.tableCode())
                .map(t -> messages.getMessage("planning.table.article." + t.type().name(), null, DUTCH)).orElse("de");
        Object[] args = {tableName, DATE.format(to.start()), TIME.format(to.start()), TIME.format(to.end()),
                invites.link(meeting), article, Character.toUpperCase(article.charAt(0)) + article.substring(1)};
        outbox.enqueue(new OutgoingMail(to.email().strip(), kind, messages.getMessage(key + ".subject", args, DUTCH),
                messages.getMessage(key + ".body", args, DUTCH), meeting.path(), ics));
    }
}
