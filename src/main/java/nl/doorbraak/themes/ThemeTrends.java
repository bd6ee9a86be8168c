package nl.doorbraak.themes;

import java.time.YearMonth;

/**
 * How often each theme of a region was tagged, per quarter, on leertafel cases and on the region's own cases. The
 * table carries no count from 1 to 4 (see {@link TrendCount}), so it can be shown, printed and downloaded as it is.
 * The caller audits the read (TRENDS_BEKEKEN or its own action).
 */
public interface ThemeTrends {

    /** The quarters that hold {@code fromInclusive} up to the one that holds {@code toInclusive}. */
    TrendTable quarterly(String regionSlug, YearMonth fromInclusive, YearMonth toInclusive);
}
