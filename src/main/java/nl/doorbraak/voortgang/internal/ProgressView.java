package nl.doorbraak.voortgang.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The progress page of one case.
 *
 * @param rhythm null when no finalised verslag agreed one
 * @param nextDue null without a rhythm
 * @param regiehouderWithoutAccount the regiehouder's name when they have no account, else null
 * @param mayPostOnBehalf whether this user posts for that regiehouder (a coordinator of the region)
 */
public record ProgressView(long caseId, boolean mayPost, Rhythm rhythm, LocalDate nextDue, boolean late,
        List<ProgressUpdate> updates, String regiehouderWithoutAccount, boolean mayPostOnBehalf) {
}
