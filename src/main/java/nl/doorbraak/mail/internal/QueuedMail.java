package nl.doorbraak.mail.internal;

import nl.doorbraak.mail.MailAttachment;

/**
 * A mail the sender has claimed; {@code attempts} already counts the attempt that is about to happen.
 * {@code attachment} is null for a plain-text mail.
 */
record QueuedMail(long id, String recipient, String subject, String body, String linkPath, int attempts,
        MailAttachment attachment) {
}
