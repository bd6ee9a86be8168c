/** Storing, sending and showing the outbox; only the Outbox interface is meant for other modules. */
package nl.doorbraak.mail.internal;
