package nl.doorbraak.casefile.internal;

/** The AVG art. 6 basis the region processes the case under; the family's consent is recorded besides it. */
public enum LegalBasis {
    /** AVG art. 6 lid 1e: a task in the public interest; the usual basis for municipalities and SWVs. */
    WETTELIJKE_TAAK,
    /** AVG art. 6 lid 1c: a legal obligation. */
    WETTELIJKE_PLICHT,
    /** AVG art. 6 lid 1a: consent; rarely valid because of the dependency between family and institutions. */
    TOESTEMMING;

    public static final LegalBasis REGION_DEFAULT = WETTELIJKE_TAAK;
}
