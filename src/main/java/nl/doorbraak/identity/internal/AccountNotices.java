package nl.doorbraak.identity.internal;

import java.util.Locale;

import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Mails the holder of an account when the administrator did something that could let another person in: set the
 * password, or moved the account to another e-mail address. A fixed text and at most a link to the login page: no
 * name, no username, nothing the mail server needs not know.
 */
@Component
class AccountNotices {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final MessageSource messages;

    AccountNotices(Outbox outbox, MessageSource messages) {
        this.outbox = outbox;
        this.messages = messages;
    }

    void passwordSetByAdministrator(String email) {
        send(email, "WACHTWOORD_INGESTELD", "passwordSet", "/login");
    }

    /** Goes to the old address: the new one may be the very person who should not get in. */
    void emailChanged(String oldEmail) {
        send(oldEmail, "EMAIL_GEWIJZIGD", "emailChanged", null);
    }

    private void send(String to, String kind, String key, String link) {
        outbox.enqueue(new OutgoingMail(to, kind, text("identity.mail." + key + ".subject"),
                text("identity.mail." + key + ".body"), link));
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
