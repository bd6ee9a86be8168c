package nl.doorbraak.leertafel.internal;

import java.util.List;
import java.util.Set;

import nl.doorbraak.casefile.ClosedCase;

/**
 * A closed case put in the leertafel's bands: the age on the closure date, the school type, the sector, how long the
 * youth was out of school until closure and how long the case ran from submission to closure, and how it ended.
 * Nothing finer than a band leaves this class.
 */
public final class CaseOfferGeneralisation {

    private CaseOfferGeneralisation() {
    }

    /** The structured fields of the offered case; the free text is for the coordinator to write. */
    public static LeertafelCaseDraft of(ClosedCase closed) {
        return of(closed, Set.of());
    }

    /** As {@link #of(ClosedCase)}, with the knelpunten tagged on the case (the coordinator may change them). */
    public static LeertafelCaseDraft of(ClosedCase closed, Set<Long> knelpunten) {
        return new LeertafelCaseDraft(null, LeertafelCaseBands.age(closed.ageInYearsAtClosure()),
                closed.schoolType(), LeertafelCaseBands.sector(closed.schoolType(), closed.sector()),
                LeertafelCaseBands.duration(closed.daysOutOfSchoolUntilClosure()),
                LeertafelCaseBands.duration(closed.daysFromSubmissionToClosure()), closed.outcomeType(), List.of(),
                knelpunten, null, null);
    }

    /** What the coordinator typed, with every structured field the system filled taken from the case instead. */
    public static LeertafelCaseDraft fill(LeertafelCaseDraft typed, LeertafelCaseDraft generalised) {
        return new LeertafelCaseDraft(typed.title(), or(generalised.ageBand(), typed.ageBand()),
                or(generalised.schoolType(), typed.schoolType()), or(generalised.sector(), typed.sector()),
                or(generalised.outOfSchoolBand(), typed.outOfSchoolBand()),
                or(generalised.processBand(), typed.processBand()), or(generalised.outcomeType(), typed.outcomeType()),
                typed.interventions(), typed.themeIds(), typed.situation(), typed.question());
    }

    private static String or(String filled, String typed) {
        return filled != null ? filled : typed;
    }
}
