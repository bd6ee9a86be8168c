package nl.doorbraak.themes;

import java.util.List;

/**
 * A count as it may be shown: exact when it is 0 or at least 5, otherwise only "&lt; 5" ({@code low} 1, {@code high} 4),
 * so no count of one to four cases is ever shown. A total with a hidden part would give that part away by subtraction,
 * so it shows only the range its parts allow (for example 11-14), or "&lt; 5" when the total itself is below 5.
 * An instance never holds an exact count from 1 to 4.
 */
public record TrendCount(int low, int high) {

    public static final int THRESHOLD = 5;

    public TrendCount {
        if (low < 0 || high < low || (low == high && low > 0 && low < THRESHOLD)) {
            throw new IllegalArgumentException("not a shown count");
        }
    }

    /** A count of tags. */
    public static TrendCount of(int count) {
        return count > 0 && count < THRESHOLD ? new TrendCount(1, THRESHOLD - 1) : new TrendCount(count, count);
    }

    /** The total {@code actual} of {@code parts} as shown next to them. */
    public static TrendCount total(int actual, List<TrendCount> parts) {
        if (parts.stream().allMatch(TrendCount::exact) || (actual > 0 && actual < THRESHOLD)) {
            return of(actual);
        }
        int low = Math.max(THRESHOLD, parts.stream().mapToInt(TrendCount::low).sum());
        int high = parts.stream().mapToInt(TrendCount::high).sum();
        return low >= high ? new TrendCount(high, high) : new TrendCount(low, high);
    }

    public boolean exact() {
        return low == high;
    }

    public boolean hidden() {
        return !exact();
    }

    /** "12", "&lt; 5" or "11-14" (with an en dash). */
    public String label() {
        if (exact()) {
            return Integer.toString(low);
        }
        return high < THRESHOLD ? "< " + THRESHOLD : low + "\u2013" + high;
    }
}
