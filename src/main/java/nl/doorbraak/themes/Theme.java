package nl.doorbraak.themes;

/** One knelpunt or theme of a region's list; a used theme is deactivated rather than deleted, so its tags stay. */
public record Theme(long id, String regionSlug, String code, String name, boolean active) {
}
