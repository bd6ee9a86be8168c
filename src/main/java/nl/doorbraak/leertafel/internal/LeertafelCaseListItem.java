package nl.doorbraak.leertafel.internal;

import java.time.LocalDateTime;
import java.util.List;

/** A line of a table's case list: no free text but the title, the bands, and the sessions that discuss it. */
public record LeertafelCaseListItem(long id, String title, String status, String origin, boolean mine,
        String ageBand, String schoolType, String sector, String outOfSchoolBand, String processBand,
        List<LocalDateTime> sessions) {

    public LeertafelCaseListItem {
        sessions = List.copyOf(sessions);
    }
}
