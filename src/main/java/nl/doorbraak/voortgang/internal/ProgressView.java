package nl.doorbraak.voortgang.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The progress page of one case.
 *
 * @param rhythm null when no finalised verslag agreed one
 * @param nextDue null without a rhythm
 */
public record ProgressView(long caseId, boolean mayPost, Rhythm rhythm, LocalDate nextDue, boolean late,
        List<ProgressUpdate> updates) {
}
