package nl.doorbraak.leertafel.internal;

import java.util.List;

import nl.doorbraak.themes.Theme;

/** The offer page of a closed case: the leertafel it goes to, the fields the system filled, the knelpunten to pick. */
public record CaseOffer(long caseId, LeertafelTable table, LeertafelCaseDraft generalised, List<Theme> themes) {

    public CaseOffer {
        themes = List.copyOf(themes);
    }
}
