package nl.doorbraak.mail;

/**
 * Queues mail in the caller's transaction: the mail exists exactly when the change that caused it does,
 * and is delivered (and retried) later, so nothing is lost while the mail server is down.
 */
public interface Outbox {

    /**
     * Must run inside a transaction.
     *
     * @throws IllegalArgumentException when the link path is not a plain app path (starting with {@code /}, without
     *         query string or fragment): personal data must not travel in URLs
     */
    void enqueue(OutgoingMail mail);
}
