package nl.doorbraak.region;

/** The kinds of table: three names for a table about one case, and the leertafel that learns from anonymous cases. */
public enum TableType {
    DOORBRAAKTAFEL, ACTIETAFEL, DOORBRAAKOVERLEG, LEERTAFEL;

    /** A leertafel only ever sees anonymised casuistry. */
    public boolean anonymousCasesOnly() {
        return this == LEERTAFEL;
    }
}
