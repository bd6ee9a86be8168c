package nl.doorbraak.leertafel.internal;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One leertafelcasus as its page shows it to this viewer: the case, the sessions that discuss it, and whether the
 * viewer edits it or sees the overrides (the chair and coordinators).
 */
public record LeertafelCaseView(LeertafelTable table, LeertafelCaseRow row, List<LocalDateTime> sessions,
        boolean mayEdit, boolean seesOverrides, boolean seesAuthor) {

    public LeertafelCaseView {
        sessions = List.copyOf(sessions);
    }
}
