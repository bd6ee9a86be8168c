package nl.doorbraak.region;

import java.util.List;
import java.util.Optional;

/**
 * The regions whose werkwijzen were loaded at start. Once the application context has started, every
 * region has its row in table {@code region} and its organisations in table {@code organisation}.
 */
public interface RegionCatalog {

    List<RegionSummary> all();

    Optional<RegionSummary> find(String slug);
}
