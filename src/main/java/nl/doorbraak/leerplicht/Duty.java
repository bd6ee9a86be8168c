package nl.doorbraak.leerplicht;

/** The duty a youth is under on a given day (Leerplichtwet art. 3 and 4a). */
public enum Duty {
    LEERPLICHTIG,
    KWALIFICATIEPLICHTIG,
    /** Too young for leerplicht, or both duties are over. */
    GEEN
}
