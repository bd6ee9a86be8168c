package nl.doorbraak.verslag.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the regiehouder and the region's coordinators that an owner reported a problem with an agreement: a link to
 * the case's agreements and nothing about the youth, through the outbox in the same transaction.
 */
@Component
class FollowupNotifier {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final UserDirectory users;
    private final Outbox outbox;
    private final MessageSource messages;

    FollowupNotifier(UserDirectory users, Outbox outbox, MessageSource messages) {
        this.users = users;
        this.outbox = outbox;
        this.messages = messages;
    }

    void problemReported(long caseId, String regionSlug, Long regiehouderUserId) {
        Set<String> to = new LinkedHashSet<>();
        if (regiehouderUserId != null) {
            users.find(regiehouderUserId).map(UserContact::email).ifPresent(to::add);
        }
        users.withRoleInRegion(Role.COORDINATOR, regionSlug).stream().map(UserContact::email).forEach(to::add);
        String subject = text("afspraken.mail.problem.subject");
        String body = text("afspraken.mail.problem.body");
        to.stream().filter(address -> address != null && !address.isBlank()).forEach(address -> outbox.enqueue(
                new OutgoingMail(address, "AFSPRAAK_PROBLEEM", subject, body, "/casussen/" + caseId + "/afspraken")));
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
