package nl.doorbraak.organisation;

/** What kind of organisation this is; a school also has a {@link SchoolType}. */
public enum OrganisationType {
    SCHOOL, SWV_PO, SWV_VO, LEERPLICHT, LOKAAL_TEAM, JGZ, ZORGAANBIEDER, JEUGDBESCHERMING,
    RAAD_KINDERBESCHERMING, SAVE, GEMEENTE, ANDERS
}
