/** The notification list /meldingen and opening one. */
package nl.doorbraak.notification.web;
