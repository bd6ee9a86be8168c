package nl.doorbraak.mail;

/**
 * Published in the enqueuing transaction when a mail to a user of the app enters the outbox, so that user also
 * finds it in the app. It carries what the mail may carry: the kind, the neutral subject and the link path.
 */
public record MailQueued(long recipientUserId, String kind, String subject, String linkPath) {
}
