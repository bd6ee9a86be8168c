package nl.doorbraak.themes.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.doorbraak.themes.Theme;

/**
 * The knelpunten of one of the region's cases: the themes one can tick (the active ones, and any deactivated one the
 * case already has), which are ticked, and the day they count on. {@code open} is false before the first finalised
 * verslag of an open case: knelpunten are recorded at the verslag or at closure.
 */
public record CaseKnelpuntenView(long caseId, boolean closed, boolean open, LocalDate occurredOn, List<Theme> choices,
        Set<Long> tagged) {
}
