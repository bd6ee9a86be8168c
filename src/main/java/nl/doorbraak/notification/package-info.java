/** In-app notifications: the mails a user of the app gets, also as a list in the app with a count in the header. */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package nl.doorbraak.notification;
