package nl.doorbraak.leertafel.internal;

import java.util.List;

/**
 * The bands a leertafelcasus speaks in instead of dates and ages, with the rules that put a closed case in them.
 * Durations count whole days: under 4 weeks is under 28 days, 3 months is 91 days (13 weeks), 6 months 182 days and a
 * year 365 days; a duration on a boundary falls in the longer band.
 */
public final class LeertafelCaseBands {

    public static final List<String> AGE = List.of("4-7", "8-11", "12-15", "16-17", "18+");
    public static final List<String> SCHOOL_TYPE = List.of("PO", "SBO", "SO", "VO", "VSO", "MBO");
    public static final List<String> SECTOR = List.of("PO", "VO", "VSO", "GEMEENTELIJKE_TOEGANG");
    public static final List<String> PROCESS = List.of("KORTER_DAN_4_WEKEN", "4_WEKEN_3_MAANDEN", "3_6_MAANDEN",
            "6_12_MAANDEN", "LANGER_DAN_1_JAAR");
    public static final List<String> OUT_OF_SCHOOL = List.of("NIET", "KORTER_DAN_4_WEKEN", "4_WEKEN_3_MAANDEN",
            "3_6_MAANDEN", "6_12_MAANDEN", "LANGER_DAN_1_JAAR");
    public static final List<String> OUTCOME = List.of("EIGEN_SCHOOL", "ANDERE_REGULIERE_SCHOOL", "SO_VSO",
            "ONDERWIJS_ZORGARRANGEMENT", "DAGBESTEDING_ZORG", "PERSOONLIJKE_ONTWIKKELING", "ANDERS", "ANDERE_REDEN");

    private LeertafelCaseBands() {
    }

    /** The age band of a youth of this age in whole years; none below 4 (the table does not speak of toddlers). */
    public static String age(int years) {
        if (years < 4) {
            return null;
        }
        if (years <= 7) {
            return "4-7";
        }
        if (years <= 11) {
            return "8-11";
        }
        if (years <= 15) {
            return "12-15";
        }
        return years <= 17 ? "16-17" : "18+";
    }

    /** How long something took, in the bands of the process; none when it is not known. */
    public static String duration(Integer days) {
        if (days == null) {
            return null;
        }
        if (days < 28) {
            return "KORTER_DAN_4_WEKEN";
        }
        if (days < 91) {
            return "4_WEKEN_3_MAANDEN";
        }
        if (days < 182) {
            return "3_6_MAANDEN";
        }
        return days < 365 ? "6_12_MAANDEN" : "LANGER_DAN_1_JAAR";
    }

    /**
     * The leertafel's sector of a case: (V)SO for special education, else the case's sector where the table knows
     * it (the municipal access for the local team), else what the school type says; none when neither tells.
     */
    public static String sector(String schoolType, String caseSector) {
        if ("SO".equals(schoolType) || "VSO".equals(schoolType)) {
            return "VSO";
        }
        if ("PO".equals(caseSector) || "VO".equals(caseSector)) {
            return caseSector;
        }
        if ("ZORG_LOKAAL".equals(caseSector)) {
            return "GEMEENTELIJKE_TOEGANG";
        }
        if ("PO".equals(schoolType) || "SBO".equals(schoolType)) {
            return "PO";
        }
        return "VO".equals(schoolType) || "MBO".equals(schoolType) ? "VO" : null;
    }

    /** A value only when it is one of the band's codes: a tampered form stores nothing odd. */
    public static String oneOf(List<String> band, String value) {
        return value != null && band.contains(value) ? value : null;
    }
}
