package nl.doorbraak.mail.internal;

import java.nio.charset.StandardCharsets;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.doorbraak.mail.MailAttachment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Builds the UTF-8 message: the stored text, then the absolute link into the app. Without attachment it is a plain
 * {@code text/plain} mail. With a calendar file it is laid out the way Outlook, Gmail and Apple Mail expect an
 * invitation: {@code multipart/mixed} holding {@code multipart/alternative} (the text and the inline
 * {@code text/calendar; method=...} part) and the same file as an {@code application/ics} attachment.
 */
@Component
class MailComposer {

    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final MailSettings settings;

    MailComposer(MailSettings settings) {
        this.settings = settings;
    }

    MimeMessage compose(JavaMailSender sender, QueuedMail mail) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, UTF_8);
        helper.setFrom(settings.from());
        helper.setTo(mail.recipient());
        helper.setSubject(mail.subject());
        if (mail.attachment() == null) {
            helper.setText(text(mail), false);
        } else {
            message.setContent(withAttachment(text(mail), mail.attachment()));
        }
        return message;
    }

    String text(QueuedMail mail) {
        if (mail.linkPath() == null) {
            return mail.body();
        }
        return mail.body().stripTrailing() + "\n\n" + settings.baseUrl() + mail.linkPath();
    }

    private static MimeMultipart withAttachment(String text, MailAttachment file) throws MessagingException {
        MimeBodyPart textPart = new MimeBodyPart();
        textPart.setText(text, UTF_8);
        MimeMultipart mixed = new MimeMultipart("mixed");
        if (file.isCalendar()) {
            MimeMultipart alternative = new MimeMultipart("alternative");
            alternative.addBodyPart(textPart);
            alternative.addBodyPart(part(file.content(), withUtf8(file.contentType())));
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            mixed.addBodyPart(body);
            mixed.addBodyPart(attachment(file, "application/ics"));
        } else {
            mixed.addBodyPart(textPart);
            mixed.addBodyPart(attachment(file, withUtf8(file.contentType())));
        }
        return mixed;
    }

    private static MimeBodyPart attachment(MailAttachment file, String contentType) throws MessagingException {
        ContentType type = new ContentType(contentType);
        type.setParameter("name", file.filename());
        MimeBodyPart part = part(file.content(), type.toString());
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        part.setFileName(file.filename());
        return part;
    }

    /** The text as UTF-8 bytes with exactly this content type; the transfer encoding is chosen when sent. */
    private static MimeBodyPart part(String content, String contentType) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content.getBytes(StandardCharsets.UTF_8), contentType)));
        part.setHeader("Content-Type", contentType);
        return part;
    }

    private static String withUtf8(String contentType) throws MessagingException {
        ContentType type = new ContentType(contentType);
        if (type.getPrimaryType().equalsIgnoreCase("text")) {
            type.setParameter("charset", UTF_8);
        }
        return type.toString();
    }
}
