package nl.doorbraak.leertafel.internal;

import java.util.List;

import nl.doorbraak.identity.UserContact;

/**
 * The sessions of a table (newest first) and, for the region's coordinators, the next dates of the cadence, the
 * independent chairs to choose from and the chair of the previous session (the default).
 */
public record SessionsPage(LeertafelTable table, List<LeertafelSession> sessions, boolean manages,
        List<SessionDates.Offered> offered, List<UserContact> chairs, Long defaultChair) {
}
