package nl.doorbraak.organisation;

/** An organisation as a werkwijze file describes it; {@code code} is unique within the region. */
public record OrganisationSeed(String code, String name, OrganisationType type, SchoolType schoolType,
        Sector sector, String municipality) {
}
