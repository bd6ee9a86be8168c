package nl.doorbraak.casefile.internal;

import java.util.Collection;
import java.util.Optional;

import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/**
 * A region's separate intake points, from its werkwijze matched to the organisations stored for the region; and the
 * intake points of a reader's regions, by name.
 */
@Component
class RegionIntakePoints {

    private final Werkwijzen werkwijzen;
    private final OrganisationDirectory organisations;

    RegionIntakePoints(Werkwijzen werkwijzen, OrganisationDirectory organisations) {
        this.werkwijzen = werkwijzen;
        this.organisations = organisations;
    }

    /** The intake points of these regions (those with a werkwijze). */
    IntakePointChoice choiceFor(Collection<String> regionSlugs) {
        return IntakePointChoice.of(regionSlugs.stream().distinct().map(werkwijzen::find)
                .flatMap(Optional::stream).toList());
    }

    IntakePoints of(String regionSlug) {
        return werkwijzen.find(regionSlug).map(w -> w.separateIntakePoints())
                .filter(points -> !points.isEmpty())
                .map(points -> IntakePoints.of(points, organisations.ofRegion(regionSlug)))
                .orElse(IntakePoints.NONE);
    }
}
