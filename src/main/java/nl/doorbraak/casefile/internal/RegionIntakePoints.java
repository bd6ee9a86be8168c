package nl.doorbraak.casefile.internal;

import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/** A region's separate intake points, from its werkwijze matched to the organisations stored for the region. */
@Component
class RegionIntakePoints {

    private final Werkwijzen werkwijzen;
    private final OrganisationDirectory organisations;

    RegionIntakePoints(Werkwijzen werkwijzen, OrganisationDirectory organisations) {
        this.werkwijzen = werkwijzen;
        this.organisations = organisations;
    }

    IntakePoints of(String regionSlug) {
        return werkwijzen.find(regionSlug).map(w -> w.separateIntakePoints())
                .filter(points -> !points.isEmpty())
                .map(points -> IntakePoints.of(points, organisations.ofRegion(regionSlug)))
                .orElse(IntakePoints.NONE);
    }
}
