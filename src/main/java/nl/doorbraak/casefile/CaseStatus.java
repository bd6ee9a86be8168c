package nl.doorbraak.casefile;

import java.util.EnumSet;
import java.util.Set;

/** Where a case is in its life; GEPLAND, IN_UITVOERING and AFGESLOTEN are for the planning and follow-up steps. */
public enum CaseStatus {
    CONCEPT, AANGEMELD, IN_VOOROVERLEG, TOEGELATEN, TERUGGESTUURD, AFGEWEZEN, GESTOPT, GEPLAND, IN_UITVOERING, AFGESLOTEN;

    private static final Set<CaseStatus> OPEN = EnumSet.of(CONCEPT, AANGEMELD, IN_VOOROVERLEG, TOEGELATEN, GEPLAND,
            IN_UITVOERING);

    /** Open cases can still change; the others are read-only. */
    public boolean isOpen() {
        return OPEN.contains(this);
    }

    /** Whether a table should still meet about the case (its deadline can be overdue). */
    public boolean awaitsTable() {
        return this == AANGEMELD || this == IN_VOOROVERLEG || this == TOEGELATEN;
    }
}
