package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Set;

/**
 * What the author typed: the structured fields in bands, the interventions tried (in order), the knelpunten (theme
 * ids) and the free text. Blank text counts as not filled in; empty intervention lines are dropped.
 */
public record LeertafelCaseDraft(String title, String ageBand, String schoolType, String sector,
        String outOfSchoolBand, String processBand, String outcomeType, List<String> interventions,
        Set<Long> themeIds, String situation, String question) {

    public LeertafelCaseDraft {
        title = strip(title);
        ageBand = LeertafelCaseBands.oneOf(LeertafelCaseBands.AGE, ageBand);
        schoolType = LeertafelCaseBands.oneOf(LeertafelCaseBands.SCHOOL_TYPE, schoolType);
        sector = LeertafelCaseBands.oneOf(LeertafelCaseBands.SECTOR, sector);
        outOfSchoolBand = LeertafelCaseBands.oneOf(LeertafelCaseBands.OUT_OF_SCHOOL, outOfSchoolBand);
        processBand = LeertafelCaseBands.oneOf(LeertafelCaseBands.PROCESS, processBand);
        outcomeType = LeertafelCaseBands.oneOf(LeertafelCaseBands.OUTCOME, outcomeType);
        interventions = interventions == null ? List.of()
                : interventions.stream().map(LeertafelCaseDraft::strip).filter(line -> line != null).toList();
        themeIds = themeIds == null ? Set.of() : Set.copyOf(themeIds);
        situation = strip(situation);
        question = strip(question);
    }

    /** The text of one field ({@code line} for an intervention). */
    public String text(CaseTextField field, int line) {
        return switch (field) {
            case TITEL -> title;
            case SITUATIE -> situation;
            case VRAAG -> question;
            case INTERVENTIE -> line < interventions.size() ? interventions.get(line) : null;
        };
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
