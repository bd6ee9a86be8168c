package nl.doorbraak.themes;

/** One theme in one quarter: tags on leertafel cases, on the region's own cases, and both together. */
public record TrendCell(TrendCount leertafel, TrendCount cases, TrendCount total) {

    public static TrendCell of(int leertafel, int cases) {
        TrendCount fromTable = TrendCount.of(leertafel);
        TrendCount fromCases = TrendCount.of(cases);
        return new TrendCell(fromTable, fromCases,
                TrendCount.total(leertafel + cases, java.util.List.of(fromTable, fromCases)));
    }
}
