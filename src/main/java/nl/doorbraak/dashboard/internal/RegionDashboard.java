package nl.doorbraak.dashboard.internal;

import java.util.List;
import java.util.Map;

/**
 * The numbers of one region; {@code regions} are the coordinator's regions to choose from, {@code tablesOutOfDates}
 * the names of its tables on explicit dates that have no date left.
 */
public record RegionDashboard(String regionSlug, String regionName, List<RegionChoice> regions,
        Map<Signal, Long> counts, int quietDays, List<String> tablesOutOfDates) {

    public record RegionChoice(String slug, String name) {
    }

    public long count(Signal signal) {
        return counts.getOrDefault(signal, 0L);
    }
}
