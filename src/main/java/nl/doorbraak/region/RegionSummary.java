package nl.doorbraak.region;

/** A region by slug and display name. */
public record RegionSummary(String slug, String name) {
}
