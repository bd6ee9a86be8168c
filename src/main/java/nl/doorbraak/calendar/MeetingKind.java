package nl.doorbraak.calendar;

/**
 * The kind of table a meeting belongs to. It picks the fixed title of the invitation, so callers never write one
 * themselves (see {@link MeetingInvite} for why).
 */
public enum MeetingKind {
    DOORBRAAKTAFEL,
    DOORBRAAKOVERLEG,
    ACTIETAFEL,
    LEERTAFEL;

    /** The key of this kind's label in {@code messages/calendar.properties}. */
    String messageKey() {
        return "calendar.kind." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
