package nl.doorbraak.themes.internal;

import java.util.List;

import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.TrendCount;

/** The region's list as one user sees it: every theme with how often it was tagged (hidden below 5). */
public record ThemeListView(ThemeTable table, List<Row> rows) {

    /** {@code count} counts both sources over all time; {@code first}/{@code last} say whether it can move. */
    public record Row(Theme theme, TrendCount count, boolean first, boolean last) {
    }

    public List<Row> active() {
        return rows.stream().filter(r -> r.theme().active()).toList();
    }

    public List<Row> inactive() {
        return rows.stream().filter(r -> !r.theme().active()).toList();
    }
}
