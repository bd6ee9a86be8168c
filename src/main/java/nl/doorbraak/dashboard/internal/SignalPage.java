package nl.doorbraak.dashboard.internal;

import java.util.List;

/** One page of a signal's list and the total it belongs to. */
public record SignalPage(Signal signal, String regionSlug, List<SignalRow> rows, int page, int pageSize, long total) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < total;
    }
}
