package nl.doorbraak.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The organisations known to Doorbraak, per region. */
public interface OrganisationDirectory {

    /**
     * Inserts or updates the organisations a werkwijze file defines (matched on region and code).
     * The administrator's deactivation is kept; organisations added in the UI are left alone.
     */
    void synchroniseFromWerkwijze(String regionSlug, List<OrganisationSeed> seeds);

    List<OrganisationSummary> ofRegion(String regionSlug);

    Optional<OrganisationSummary> find(long id);

    /** One page of organisations matching the search, ordered by name; for lists at national scale. */
    Page<OrganisationSummary> search(OrganisationSearch search, Pageable pageable);

    /** The active organisations of the given regions (all regions when empty), ordered by region and name: for pickers. */
    List<OrganisationSummary> activeOfRegions(List<String> regionSlugs);

    /** The e-mail addresses of the organisation's managers for opschalen; empty when none are configured. */
    List<String> escalationContacts(long organisationId);
}
