package nl.doorbraak.mail;

import java.util.Objects;

/**
 * One e-mail to one recipient. Subject and body must hold no personal data about a youth:
 * they say what happened and carry a link (a path such as {@code /casussen/123}) into the app.
 *
 * @param kind a short code for what the mail is about (e.g. {@code AANMELDING_ONTVANGEN}), for the outbox overview
 * @param attachment an optional file sent along (such as a meeting's .ics), or null
 */
public record OutgoingMail(String to, String kind, String subject, String body, String linkPath,
        MailAttachment attachment) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }

    /** A mail without attachment. */
    public OutgoingMail(String to, String kind, String subject, String body, String linkPath) {
        this(to, kind, subject, body, linkPath, null);
    }

    public OutgoingMail withAttachment(MailAttachment file) {
        return new OutgoingMail(to, kind, subject, body, linkPath, file);
    }
}
