package nl.doorbraak.dashboard.internal;

import java.util.List;
import java.util.Map;

/** The numbers of one region; {@code regions} are the coordinator's regions to choose from. */
public record RegionDashboard(String regionSlug, String regionName, List<RegionChoice> regions,
        Map<Signal, Long> counts, int quietDays) {

    public record RegionChoice(String slug, String name) {
    }

    public long count(Signal signal) {
        return counts.getOrDefault(signal, 0L);
    }
}
