package nl.doorbraak.themes;

import java.util.List;

/** Trends of one region: the quarters (oldest first) and a row per theme, in the region's order. */
public record TrendTable(String regionSlug, List<Quarter> quarters, List<TrendRow> rows) {

    public TrendTable {
        quarters = List.copyOf(quarters);
        rows = List.copyOf(rows);
    }

    /** The rows of themes tagged at least once in the period. */
    public List<TrendRow> tagged() {
        return rows.stream().filter(TrendRow::any).toList();
    }

    public boolean empty() {
        return tagged().isEmpty();
    }
}
