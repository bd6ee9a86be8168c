package nl.doorbraak.mail;

/**
 * Queues mail in the caller's transaction: the mail exists exactly when the change that caused it does,
 * and is delivered (and retried) later, so nothing is lost while the mail server is down.
 */
public interface Outbox {

    void enqueue(OutgoingMail mail);
}
