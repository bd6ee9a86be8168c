package nl.doorbraak.region.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.region.RegionCatalog;
import nl.doorbraak.region.RegionSummary;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;

/** The regions as the loaded werkwijzen define them; each already has its row in table {@code region}. */
class WerkwijzeRegionCatalog implements RegionCatalog {

    private final Werkwijzen werkwijzen;

    WerkwijzeRegionCatalog(Werkwijzen werkwijzen) {
        this.werkwijzen = werkwijzen;
    }

    @Override
    public List<RegionSummary> all() {
        return werkwijzen.all().stream().map(Werkwijze::summary).toList();
    }

    @Override
    public Optional<RegionSummary> find(String slug) {
        return werkwijzen.find(slug).map(Werkwijze::summary);
    }
}
