package nl.doorbraak.calendar;

/** What an invitee does at the table; the independent chair is marked so calendars can show who leads. */
public enum InviteeRole {
    PARTICIPANT,
    CHAIR
}
