package nl.doorbraak.casefile;

import java.time.LocalDate;

/** An admitted case as the planner sees it; {@code tableDeadline} is the region's promise, or null. */
public record CaseAwaitingTable(long id, String regionSlug, String youthName, LocalDate tableDeadline,
        long referrerUserId) {
}
