package nl.doorbraak.voortgang.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the case's latest finalised verslag agreed about progress, and when the last update (or else the finalising)
 * was: the next update is due one period after that.
 *
 * @param rhythm null when the verslag agreed no rhythm
 */
record AgreedRhythm(long caseId, String regionSlug, long agendaItemId, Rhythm rhythm, Instant finalisedAt,
        Instant lastUpdateAt) {

    Instant anchor() {
        return lastUpdateAt != null && lastUpdateAt.isAfter(finalisedAt) ? lastUpdateAt : finalisedAt;
    }

    /** The day the next update is due, or null without a rhythm. */
    LocalDate nextDue() {
        return rhythm == null ? null : ProgressClock.day(anchor()).plusDays(rhythm.days());
    }

    boolean late(LocalDate today) {
        return rhythm != null && today.isAfter(nextDue());
    }

    /**
     * The due day of the latest period that passed without an update, one day of grace included; null when none.
     * Every further empty period gives a new due day, so each missed period is signalled once.
     */
    LocalDate missedDueOn(LocalDate today) {
        if (rhythm == null) {
            return null;
        }
        LocalDate start = ProgressClock.day(anchor());
        long periods = (java.time.temporal.ChronoUnit.DAYS.between(start, today) - 2) / rhythm.days();
        return periods < 1 ? null : start.plusDays(periods * rhythm.days());
    }
}
