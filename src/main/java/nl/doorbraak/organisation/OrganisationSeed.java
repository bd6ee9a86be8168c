package nl.doorbraak.organisation;

/**
 * An organisation as a werkwijze file describes it; {@code code} is unique within the region.
 * {@code escalationContacts}: the managers' e-mail addresses for opschalen, comma-separated, or null.
 */
public record OrganisationSeed(String code, String name, OrganisationType type, SchoolType schoolType,
        Sector sector, String municipality, String escalationContacts) {

    public OrganisationSeed(String code, String name, OrganisationType type, SchoolType schoolType, Sector sector,
            String municipality) {
        this(code, name, type, schoolType, sector, municipality, null);
    }
}
