package nl.doorbraak.themes.internal;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.themes.Quarter;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeTrends;
import nl.doorbraak.themes.TrendCell;
import nl.doorbraak.themes.TrendCount;
import nl.doorbraak.themes.TrendRow;
import nl.doorbraak.themes.TrendTable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Builds the trend table from the grouped counts: active themes always, deactivated ones when tagged in the period. */
@Service
@Transactional(readOnly = true)
class QuarterlyTrends implements ThemeTrends {

    private final ThemeStore themes;
    private final TrendQuery query;

    QuarterlyTrends(ThemeStore themes, TrendQuery query) {
        this.themes = themes;
        this.query = query;
    }

    @Override
    public TrendTable quarterly(String regionSlug, YearMonth fromInclusive, YearMonth toInclusive) {
        List<Quarter> quarters = Quarter.between(fromInclusive, toInclusive);
        if (quarters.isEmpty()) {
            return new TrendTable(regionSlug, quarters, List.of());
        }
        Map<Long, int[][]> counts = new HashMap<>();
        for (TrendQuery.Group g : query.groups(regionSlug, quarters.get(0).firstDay(),
                quarters.get(quarters.size() - 1).lastDay())) {
            int index = quarters.indexOf(Quarter.of(g.quarter()));
            counts.computeIfAbsent(g.themeId(), id -> new int[quarters.size()][2])[index][g.leertafel() ? 0 : 1] += g.count();
        }
        List<TrendRow> rows = new ArrayList<>();
        for (Theme theme : themes.allOf(regionSlug)) {
            int[][] c = counts.get(theme.id());
            if (theme.active() || c != null) {
                rows.add(row(theme, c == null ? new int[quarters.size()][2] : c));
            }
        }
        return new TrendTable(regionSlug, quarters, rows);
    }

    static TrendRow row(Theme theme, int[][] counts) {
        List<TrendCell> cells = new ArrayList<>();
        int table = 0;
        int cases = 0;
        for (int[] quarter : counts) {
            cells.add(TrendCell.of(quarter[0], quarter[1]));
            table += quarter[0];
            cases += quarter[1];
        }
        List<TrendCount> tableParts = cells.stream().map(TrendCell::leertafel).toList();
        List<TrendCount> caseParts = cells.stream().map(TrendCell::cases).toList();
        List<TrendCount> all = new ArrayList<>(tableParts);
        all.addAll(caseParts);
        TrendCell period = new TrendCell(TrendCount.total(table, tableParts), TrendCount.total(cases, caseParts),
                TrendCount.total(table + cases, all));
        return new TrendRow(theme, cells, period);
    }
}
