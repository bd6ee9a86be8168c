package nl.doorbraak.organisation;

/** Search criteria for the organisation list; a null or blank criterion does not filter. */
public record OrganisationSearch(String text, String regionSlug, OrganisationType type) {

    public static OrganisationSearch everything() {
        return new OrganisationSearch(null, null, null);
    }
}
