package nl.doorbraak.organisation;

/** Read model of one organisation. */
public record OrganisationSummary(long id, String regionSlug, String code, String name, OrganisationType type,
        SchoolType schoolType, Sector sector, String municipality, boolean active, boolean fromWerkwijze) {
}
