package nl.doorbraak.verslag.internal;

import java.time.LocalDate;

/**
 * An agreement from an earlier verslag of the case that is not done yet, with the meeting it was made at; overdue
 * when its deadline passed.
 */
public record EarlierAgreement(long id, String what, String ownerName, LocalDate dueOn, String status,
        LocalDate meetingOn, boolean overdue) {
}
