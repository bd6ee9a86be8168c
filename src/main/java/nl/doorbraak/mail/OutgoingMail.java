package nl.doorbraak.mail;

import java.util.Objects;

/**
 * One e-mail to one recipient. Subject and body must hold no personal data about a youth:
 * they say what happened and carry a link (a path such as {@code /casussen/123}) into the app.
 *
 * @param kind a short code for what the mail is about (e.g. {@code AANMELDING_ONTVANGEN}), for the outbox overview
 */
public record OutgoingMail(String to, String kind, String subject, String body, String linkPath) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
