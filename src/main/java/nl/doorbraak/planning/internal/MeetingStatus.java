package nl.doorbraak.planning.internal;

/** A meeting is planned until it is cancelled. */
public enum MeetingStatus {
    PLANNED, CANCELLED
}
