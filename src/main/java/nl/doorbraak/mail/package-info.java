/** Outgoing e-mail through a transactional outbox: mail carries no personal data, only a link into the app. */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package nl.doorbraak.mail;
