package nl.doorbraak.identity.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.common.Role;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.IntakeRoute;
import nl.doorbraak.region.Werkwijze;

/**
 * Demo only: a coordinator who works for an organisation with a separate intake point sees only that point's cases.
 * So {@code coordinator-<region>} gets no organisation where its usual one runs such a point, and stays the region's
 * overall coordinator; and each intake point the source names gets its own, e.g. {@code coordinator-vo-zuidoost-utrecht}.
 */
final class DemoIntakeCoordinators {

    private static final Map<Sector, String> KEYS = Map.of(Sector.PO, "po", Sector.VO, "vo",
            Sector.ZORG_LOKAAL, "lokaal", Sector.LEERPLICHT, "leerplicht", Sector.ANDERS, "anders");

    private DemoIntakeCoordinators() {
    }

    /** The region coordinator's organisation: the usual choice, or none when that runs a separate intake point. */
    static Long overall(Werkwijze werkwijze, Long usualOrganisationId, List<OrganisationSummary> organisations) {
        Set<String> intakeCodes = werkwijze.separateIntakePoints().keySet();
        boolean atIntakePoint = organisations.stream()
                .anyMatch(o -> Objects.equals(o.id(), usualOrganisationId) && intakeCodes.contains(o.code()));
        return atIntakePoint ? null : usualOrganisationId;
    }

    /** A coordinator per separate intake point that the source names (not a default route). */
    static List<UserDraft> perIntakePoint(Werkwijze werkwijze, List<OrganisationSummary> organisations) {
        Set<String> intakeCodes = werkwijze.separateIntakePoints().keySet();
        return werkwijze.intakeRoutes().stream()
                .filter(route -> !route.isDefault() && intakeCodes.contains(route.organisationCode()))
                .flatMap(route -> draft(werkwijze, route, organisations).stream()).toList();
    }

    private static Optional<UserDraft> draft(Werkwijze werkwijze, IntakeRoute route,
            List<OrganisationSummary> organisations) {
        String username = "coordinator-" + KEYS.get(route.sectors().get(0)) + "-" + werkwijze.slug();
        return organisations.stream().filter(o -> o.code().equals(route.organisationCode())).findFirst()
                .map(o -> new UserDraft(username, "Demo Coördinator " + route.name() + " " + werkwijze.name(),
                        username.toLowerCase(Locale.ROOT) + "@demo.doorbraak.example", o.id(),
                        Set.of(werkwijze.slug()), Set.of(Role.COORDINATOR)));
    }
}
