package nl.doorbraak.themes.internal;

import java.util.List;

import nl.doorbraak.themes.Quarter;
import nl.doorbraak.themes.TrendTable;

/** The trends page: the chosen number of quarters, the table and the same numbers as an SVG chart. */
public record TrendView(ThemeTable table, int quarterCount, TrendTable trends, String svg) {

    /** The periods one can choose, in quarters. */
    public static final List<Integer> CHOICES = List.of(4, 8, 12, 20);

    public Quarter first() {
        return trends.quarters().get(0);
    }

    public Quarter last() {
        return trends.quarters().get(trends.quarters().size() - 1);
    }
}
