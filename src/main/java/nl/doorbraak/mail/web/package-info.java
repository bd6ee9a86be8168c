/** The administrator's overview of outgoing mail, with a retry for mail that could not be delivered. */
package nl.doorbraak.mail.web;
