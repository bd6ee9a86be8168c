package nl.doorbraak.casefile;

import java.time.LocalDateTime;

/**
 * Something still open for a case that ends: an open escalation, a meeting ahead, an open agreement. The closing page
 * lists it with its essentials and says what closing does with it.
 *
 * @param when when it was raised (escalation), takes place (meeting) or is due (agreement), Dutch wall-clock time
 * @param what the escalation's reason, the meeting's table, the agreement's text
 * @param who who raised it, who chairs it, who owns it; null when unknown
 */
public record LooseEnd(Kind kind, long id, LocalDateTime when, String what, String who) {

    /** What kind of loose end; the closing page names each and says what happens with it. */
    public enum Kind {
        ESCALATIE, VERGADERING, AFSPRAAK
    }
}
