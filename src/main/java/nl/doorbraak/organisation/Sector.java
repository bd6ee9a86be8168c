package nl.doorbraak.organisation;

/** The sector a referral comes from; intake routes are configured per sector. */
public enum Sector {
    PO, VO, ZORG_LOKAAL, LEERPLICHT, ANDERS
}
