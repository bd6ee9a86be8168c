package nl.doorbraak.notification.internal;

import nl.doorbraak.mail.MailQueued;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the in-app copy of each mail to a user, in the transaction that queued the mail: a change that is rolled
 * back leaves neither a mail nor a notification.
 */
@Component
class MailNotifications {

    private final NotificationStore store;

    MailNotifications(NotificationStore store) {
        this.store = store;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(MailQueued mail) {
        store.add(mail.recipientUserId(), mail.kind(), mail.subject(), mail.linkPath());
    }
}
