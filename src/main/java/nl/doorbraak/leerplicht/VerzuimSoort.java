package nl.doorbraak.leerplicht;

/**
 * The kinds of verzuim as the Inspectie and OCW count them. The law sets the duties (Leerplichtwet art. 2 lid 1:
 * enrol the youth and see that they attend; art. 4b for kwalificatieplicht); the bands of 4 weeks and 3 months are
 * the Inspectie's counting rules, not the law's.
 */
public enum VerzuimSoort {
    /** Neither leerplichtig nor kwalificatieplichtig on that day. */
    GEEN_PLICHT,
    /** Exempt from enrolment (art. 5, 5a) or from kwalificatieplicht duties (art. 15): not counted as verzuim. */
    VRIJGESTELD,
    /** Enrolled and going to school. */
    GEEN_VERZUIM,
    /** Under a duty, not enrolled (against art. 2 lid 1 or art. 4b), no exemption. */
    ABSOLUUT_VERZUIM,
    /**
     * Enrolled, out of school for less than 4 weeks (against the duty to attend, art. 2 lid 1; a school reports after
     * 16 hours in 4 weeks, art. 21): where regions speak of a "dreigende thuiszitter".
     */
    RELATIEF_VERZUIM_KORT,
    /** Enrolled, out of school from 4 weeks up to and including 3 months. */
    LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN,
    /** Enrolled, out of school for longer than 3 months. */
    LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN;

    /** Thuiszitters in OCW's sense: absoluut verzuim plus langdurig relatief verzuim. */
    public boolean isThuiszitter() {
        return this == ABSOLUUT_VERZUIM || this == LANGDURIG_RELATIEF_VERZUIM_4_WEKEN_TOT_3_MAANDEN
                || this == LANGDURIG_RELATIEF_VERZUIM_LANGER_DAN_3_MAANDEN;
    }
}
