package nl.doorbraak.casefile.internal;

import java.util.List;

/**
 * One page of a case list. The count stops at {@link CaseListQuery#COUNT_CAP}: counting every match at national
 * scale costs more than the number is worth; {@code countCapped} says "more than".
 */
public record CasePage(List<CaseListItem> items, int page, int pageSize, long count, boolean countCapped) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * pageSize < count;
    }
}
