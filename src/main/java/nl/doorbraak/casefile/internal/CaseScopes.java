package nl.doorbraak.casefile.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.casefile.CaseAgendas;
import nl.doorbraak.casefile.CoordinatorReach;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.Sector;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Gathers what {@link CaseAccess#scope} needs for a user: their regions' intake points and the cases they chair. */
@Component
class CaseScopes implements CoordinatorReach {

    private final RegionIntakePoints intakePoints;
    private final ObjectProvider<CaseAgendas> agendas;
    private final CaseRepository cases;

    CaseScopes(RegionIntakePoints intakePoints, ObjectProvider<CaseAgendas> agendas, CaseRepository cases) {
        this.intakePoints = intakePoints;
        this.agendas = agendas;
        this.cases = cases;
    }

    CaseScope of(CurrentUser user) {
        Map<String, IntakePoints> points = new HashMap<>();
        if (user.hasRole(Role.COORDINATOR)) {
            user.regionSlugs().forEach(region -> points.put(region, intakePoints.of(region)));
        }
        Set<Long> chaired = user.hasRole(Role.VOORZITTER)
                ? Optional.ofNullable(agendas.getIfAvailable()).map(a -> a.casesChairedBy(user.id())).orElse(Set.of())
                : Set.of();
        return CaseAccess.scope(user, points, chaired);
    }

    @Override
    public Optional<Set<Sector>> intakeSectors(CurrentUser coordinator, String regionSlug) {
        return intakePoints.of(regionSlug).limitOf(coordinator.organisationId());
    }

    @Override
    public Set<Long> casesReached(CurrentUser user, Collection<Long> caseIds) {
        if (!user.hasRole(Role.COORDINATOR)) {
            return Set.of();
        }
        return caseIds.stream().filter(id -> cases.facts(id).filter(f -> CaseAccess.coordinates(user, f)).isPresent())
                .collect(Collectors.toUnmodifiableSet());
    }
}
