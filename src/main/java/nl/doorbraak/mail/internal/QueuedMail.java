package nl.doorbraak.mail.internal;

/** A mail the sender has claimed; {@code attempts} already counts the attempt that is about to happen. */
record QueuedMail(long id, String recipient, String subject, String body, String linkPath, int attempts) {
}
