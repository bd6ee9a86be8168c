package nl.doorbraak.voortgang.internal;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Queues this module's notices: a fixed Dutch subject and body from the bundle and a link, never a name or case
 * content. Must run inside the transaction that records why the mail goes out.
 */
@Component
class ProgressMail {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final UserDirectory users;
    private final MessageSource messages;

    ProgressMail(Outbox outbox, UserDirectory users, MessageSource messages) {
        this.outbox = outbox;
        this.users = users;
        this.messages = messages;
    }

    /** Sends the notice {@code key} (subject {@code voortgang.mail.<key>.subject}, body {@code .body}) once per address. */
    int send(Collection<Long> userIds, String kind, String key, String linkPath) {
        Set<String> addresses = new LinkedHashSet<>();
        userIds.stream().distinct().map(users::find).flatMap(java.util.Optional::stream).map(UserContact::email)
                .filter(Objects::nonNull).filter(e -> !e.isBlank()).forEach(addresses::add);
        String subject = text("voortgang.mail." + key + ".subject");
        String body = text("voortgang.mail." + key + ".body");
        addresses.forEach(to -> outbox.enqueue(new OutgoingMail(to, kind, subject, body, linkPath)));
        return addresses.size();
    }

    private String text(String key) {
        return messages.getMessage(key, null, DUTCH);
    }
}
