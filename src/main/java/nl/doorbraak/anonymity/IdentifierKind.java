package nl.doorbraak.anonymity;

/**
 * The kinds of identifier the check finds. The names are stored (leertafel_case_override.kind), so they never change;
 * the Dutch labels are {@code anonymity.kind.<NAME>} in the bundles.
 */
public enum IdentifierKind {
    NAAM, BSN, POSTCODE, TELEFOON, EMAIL, URL, ADRES, DATUM, GEBOORTEDATUM, ORGANISATIE;

    /** The message key of this kind's Dutch label. */
    public String labelKey() {
        return "anonymity.kind." + name();
    }
}
