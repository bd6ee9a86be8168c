/** Meeting invitations as iCalendar (iTIP REQUEST and CANCEL) that mail clients understand, without any case content. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package nl.doorbraak.calendar;
