package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** One event on a case's timeline, with the name of who did it. */
public record TimelineEntry(OffsetDateTime occurredAt, String actorName, CaseEventType type, String reason) {

    /** The meeting date a VERSLAG_VASTGESTELD event carries (stored as ISO text, read by the durations too). */
    public LocalDate meetingDate() {
        if (type != CaseEventType.VERSLAG_VASTGESTELD || reason == null) {
            return null;
        }
        try {
            return LocalDate.parse(reason);
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }

    /** How many participants a DOSSIER_VERSTUURD event reached (stored as a number). */
    public Integer recipients() {
        if (type != CaseEventType.DOSSIER_VERSTUURD || reason == null || !reason.matches("\\d{1,6}")) {
            return null;
        }
        return Integer.valueOf(reason);
    }
}
