package nl.doorbraak.themes;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import nl.doorbraak.identity.CurrentUser;

/**
 * The knelpunten of an anonymous leertafel case. The caller decides who may tag and audits reading its case; this
 * audits the change of the tags (KNELPUNTEN_GEWIJZIGD). Tag a case when it is submitted: every tag counts in the trends.
 */
public interface ThemeTagging {

    /**
     * Replaces the case's tags with {@code themeIds}; ids of another region's themes and of inactive themes that the
     * case did not have yet are ignored. {@code occurredOn} decides the quarter the tags count in.
     */
    void tagLeertafelCase(long leertafelCaseId, String regionSlug, Set<Long> themeIds, LocalDate occurredOn,
            CurrentUser by);

    /** The themes tagged on the case, in the region's order. */
    List<Theme> ofLeertafelCase(long leertafelCaseId);

    /**
     * The knelpunten tagged on one of the region's own cases, in the region's order: for a coordinator who offers the
     * closed case to the leertafel. The caller has checked and audited its read of the case.
     */
    List<Theme> ofCase(long caseId);
}
