package nl.doorbraak.mail.internal;

import java.nio.charset.StandardCharsets;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** Builds the plain-text UTF-8 message: the stored text, then the absolute link into the app. */
@Component
class MailComposer {

    private final MailSettings settings;

    MailComposer(MailSettings settings) {
        this.settings = settings;
    }

    MimeMessage compose(JavaMailSender sender, QueuedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        helper.setText(text(mail), false);
        return message;
    }

    String text(QueuedMail mail) {
        if (mail.linkPath() == null) {
            return mail.body();
        }
        return mail.body().stripTrailing() + "\n\n" + settings.baseUrl() + mail.linkPath();
    }
}
