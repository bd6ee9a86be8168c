package nl.doorbraak.mail.internal;

import nl.doorbraak.mail.AccountAddresses;
import nl.doorbraak.mail.MailAttachment;
import nl.doorbraak.mail.MailQueued;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.mail.Outbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the mail into {@code outbox_mail} in the caller's transaction; {@link OutboxSender} delivers it. A mail to
 * a user of the app is announced as {@link MailQueued} in the same transaction, so the in-app copy stands or falls
 * with the mail.
 */
@Component
class JdbcOutbox implements Outbox {

    private final JdbcClient jdbc;
    private final ObjectProvider<AccountAddresses> accounts;
    private final ApplicationEventPublisher events;

    JdbcOutbox(JdbcClient jdbc, ObjectProvider<AccountAddresses> accounts, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.events = events;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(OutgoingMail mail) {
        LinkPaths.requireAllowed(mail.linkPath());
        MailAttachment file = mail.attachment();
        jdbc.sql("""
                insert into outbox_mail (recipient, kind, subject, body, link_path,
                                         attachment_filename, attachment_content_type, attachment_content)
                values (:to, :kind, :subject, :body, :link, :filename, :contentType, :content)
                """)
                .param("to", mail.to()).param("kind", mail.kind()).param("subject", mail.subject())
                .param("body", mail.body()).param("link", mail.linkPath())
                .param("filename", file == null ? null : file.filename())
                .param("contentType", file == null ? null : file.contentType())
                .param("content", file == null ? null : file.content())
                .update();
        accounts.getIfAvailable(() -> AccountAddresses.NONE).activeAccountOf(mail.to()).ifPresent(userId ->
                events.publishEvent(new MailQueued(userId, mail.kind(), mail.subject(), mail.linkPath())));
    }
}
