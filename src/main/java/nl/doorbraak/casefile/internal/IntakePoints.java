package nl.doorbraak.casefile.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.Sector;

/**
 * A region's separate intake points by organisation id, with the sectors each takes in (the werkwijze's
 * {@code separateIntakePoints}). A coordinator of one of these organisations is limited to its sectors; empty means
 * nobody in the region is limited to an intake point.
 */
public record IntakePoints(Map<Long, Set<Sector>> sectorsByOrganisation) {

    public static final IntakePoints NONE = new IntakePoints(Map.of());

    public IntakePoints {
        Map<Long, Set<Sector>> copy = new HashMap<>();
        sectorsByOrganisation.forEach((id, sectors) -> copy.put(id, Set.copyOf(sectors)));
        sectorsByOrganisation = Map.copyOf(copy);
    }

    /** Matches the werkwijze's organisation codes to the region's organisations; an unknown code limits nobody. */
    public static IntakePoints of(Map<String, Set<Sector>> sectorsByCode, List<OrganisationSummary> organisations) {
        Map<Long, Set<Sector>> byId = new HashMap<>();
        organisations.stream().filter(o -> sectorsByCode.containsKey(o.code()))
                .forEach(o -> byId.put(o.id(), sectorsByCode.get(o.code())));
        return new IntakePoints(byId);
    }

    /** The sectors a coordinator of this organisation is limited to; empty when they see the whole region. */
    public Optional<Set<Sector>> limitOf(Long organisationId) {
        return organisationId == null ? Optional.empty() : Optional.ofNullable(sectorsByOrganisation.get(organisationId));
    }

    /** Whether a coordinator of this organisation sees a case of this sector (not counting cases assigned to them). */
    public boolean reaches(Long organisationId, Sector sector) {
        return limitOf(organisationId).map(sectors -> sector != null && sectors.contains(sector)).orElse(true);
    }
}
