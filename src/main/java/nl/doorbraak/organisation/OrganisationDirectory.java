package nl.doorbraak.organisation;

import java.util.List;
import java.util.Optional;

/** The organisations known to Doorbraak, per region. */
public interface OrganisationDirectory {

    /**
     * Inserts or updates the organisations a werkwijze file defines (matched on region and code).
     * The administrator's deactivation is kept; organisations added in the UI are left alone.
     */
    void synchroniseFromWerkwijze(String regionSlug, List<OrganisationSeed> seeds);

    List<OrganisationSummary> ofRegion(String regionSlug);

    Optional<OrganisationSummary> find(long id);
}
