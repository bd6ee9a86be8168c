package nl.doorbraak.themes;

import java.util.List;

/** One theme: a cell per quarter of the table, and the whole period (its parts hidden as the quarters are). */
public record TrendRow(Theme theme, List<TrendCell> quarters, TrendCell period) {

    public TrendRow {
        quarters = List.copyOf(quarters);
    }

    /** Whether the theme was tagged at all in the period. */
    public boolean any() {
        return period.total().high() > 0;
    }
}
