package nl.doorbraak.region.web;

import java.util.List;
import java.util.Set;

import nl.doorbraak.region.RegionOrganisation;
import nl.doorbraak.region.Werkwijze;

/** For the help page: per region with separate intake points, each point's name and organisation. */
final class IntakePointsHelp {

    record Point(String name, String organisation) {
    }

    record Region(String name, List<Point> points) {
    }

    private IntakePointsHelp() {
    }

    static List<Region> of(List<Werkwijze> werkwijzen) {
        return werkwijzen.stream().map(IntakePointsHelp::region).filter(r -> !r.points().isEmpty())
                .sorted(java.util.Comparator.comparing(Region::name)).toList();
    }

    private static Region region(Werkwijze werkwijze) {
        Set<String> separate = werkwijze.separateIntakePoints().keySet();
        List<Point> points = werkwijze.intakeRoutes().stream().filter(r -> separate.contains(r.organisationCode()))
                .map(r -> new Point(r.name(), werkwijze.organisation(r.organisationCode())
                        .map(RegionOrganisation::name).orElse(r.organisationCode())))
                .toList();
        return new Region(werkwijze.name(), points);
    }
}
