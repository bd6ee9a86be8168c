package nl.doorbraak.mail.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers the outbox: claims due mails in batches, sends each, then records the outcome. Failures are retried
 * with {@link Backoff} until {@code doorbraak.mail.max-attempts}. Does nothing while no mail server is configured.
 */
@Component
public class OutboxSender {

    /** One run stops after this many batches, so a huge backlog cannot keep a scheduler thread forever. */
    private static final int MAX_BATCHES_PER_RUN = 50;
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final OutboxStore store;
    private final MailComposer composer;
    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;

    OutboxSender(OutboxStore store, MailComposer composer, MailSettings settings,
            ObjectProvider<JavaMailSender> mailSender, Clock clock) {
        this.store = store;
        this.composer = composer;
        this.settings = settings;
        this.mailSender = mailSender;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${doorbraak.mail.poll-interval:10s}",
            initialDelayString = "${doorbraak.mail.poll-interval:10s}")
    void onSchedule() {
        int sent = deliverDue();
        if (sent > 0) {
            LOG.info("Outbox: {} mail(s) sent", sent);
        }
    }

    /** Sends what is due now; returns how many mails went out. */
    public int deliverDue() {
        JavaMailSender sender = settings.smtpConfigured() ? mailSender.getIfAvailable() : null;
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Instant now = clock.instant();
            List<QueuedMail> claimed = store.claimDue(now, now.plus(settings.lease()), settings.batchSize(),
                    settings.maxAttempts());
            sent += (int) claimed.stream().filter(mail -> deliver(sender, mail)).count();
            if (claimed.size() < settings.batchSize()) {
                break;
            }
        }
        return sent;
    }

    private boolean deliver(JavaMailSender sender, QueuedMail mail) {
        if (!LinkPaths.isAllowed(mail.linkPath())) {
            // written around the Outbox (which checks this); retrying cannot make it acceptable
            store.markFailed(mail.id(), "Link geweigerd: alleen een pad zonder querystring is toegestaan", clock.instant());
            return false;
        }
        try {
            sender.send(composer.compose(sender, mail));
        } catch (Exception failure) {
            recordFailure(mail, failure);
            return false;
        }
        store.markSent(mail.id(), clock.instant());
        return true;
    }

    private void recordFailure(QueuedMail mail, Exception failure) {
        String error = TransportErrors.describe(failure);
        LOG.warn("Outbox: mail {} not sent (attempt {} of {}): {}", mail.id(), mail.attempts(), settings.maxAttempts(), error);
        Instant now = clock.instant();
        if (mail.attempts() >= settings.maxAttempts()) {
            store.markFailed(mail.id(), error, now);
        } else {
            store.markRetryLater(mail.id(), error, now.plus(Backoff.after(mail.attempts())));
        }
    }
}
