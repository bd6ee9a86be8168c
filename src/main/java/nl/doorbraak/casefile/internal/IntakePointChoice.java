package nl.doorbraak.casefile.internal;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.IntakeRoute;
import nl.doorbraak.region.Werkwijze;

/**
 * The intake points of a reader's regions, one per organisation the werkwijzen's intakeroutes lead to: what the
 * vooroverleg queue can be filtered by, and the intake point a case belongs to (the one taking in its sector).
 */
public record IntakePointChoice(List<IntakePoint> points) {

    public IntakePointChoice {
        points = List.copyOf(points);
    }

    /** The intake points of these werkwijzen, by region name and then in the werkwijze's order. */
    public static IntakePointChoice of(List<Werkwijze> werkwijzen) {
        boolean withRegion = werkwijzen.size() > 1;
        return new IntakePointChoice(werkwijzen.stream().sorted(Comparator.comparing(Werkwijze::name))
                .flatMap(w -> pointsOf(w, withRegion)).toList());
    }

    /** A filter is worth offering only where there is more than one intake point. */
    public boolean offered() {
        return points.size() > 1;
    }

    /** The intake point with this {@link IntakePoint#key}; empty for none, or one outside the reader's regions. */
    public Optional<IntakePoint> byKey(String key) {
        return points.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The name of the intake point that takes in this sector in this region; null when none does. */
    public String nameOf(String regionSlug, Sector sector) {
        return points.stream().filter(p -> p.takesIn(regionSlug, sector)).map(IntakePoint::name).findFirst()
                .orElse(null);
    }

    private static Stream<IntakePoint> pointsOf(Werkwijze werkwijze, boolean withRegion) {
        Map<String, List<IntakeRoute>> byOrganisation = werkwijze.intakeRoutes().stream().collect(
                Collectors.groupingBy(IntakeRoute::organisationCode, LinkedHashMap::new, Collectors.toList()));
        return byOrganisation.entrySet().stream().map(entry -> {
            String name = entry.getValue().stream().map(IntakeRoute::name).collect(Collectors.joining(", "));
            Set<Sector> sectors = EnumSet.noneOf(Sector.class);
            entry.getValue().forEach(route -> sectors.addAll(route.sectors()));
            return new IntakePoint(werkwijze.slug(), entry.getKey(), name,
                    withRegion ? name + " (" + werkwijze.name() + ")" : name, sectors);
        });
    }
}
