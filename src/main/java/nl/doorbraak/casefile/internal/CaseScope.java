package nl.doorbraak.casefile.internal;

import java.util.Map;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.Sector;

/**
 * The submitted cases a user sees through their role, as the list queries need it ({@link CaseAccess#scope}):
 * whole regions, a region's intake sectors, the cases assigned to them in the regions where they are limited to an
 * intake point, and the cases on the agendas they chair. Taking part and own drafts come on top, per query.
 */
public record CaseScope(long userId, Set<String> wholeRegions, Map<String, Set<Sector>> intakeSectors,
        Set<String> assignedRegions, Set<Long> chairedCases) {

    public CaseScope {
        wholeRegions = Set.copyOf(wholeRegions);
        intakeSectors = Map.copyOf(intakeSectors);
        assignedRegions = Set.copyOf(assignedRegions);
        chairedCases = Set.copyOf(chairedCases);
    }

    public boolean isEmpty() {
        return wholeRegions.isEmpty() && intakeSectors.isEmpty() && assignedRegions.isEmpty() && chairedCases.isEmpty();
    }

    /** Without the chaired cases: what the user sees as a coordinator (the vooroverleg queue, planning). */
    public CaseScope coordinating() {
        return new CaseScope(userId, wholeRegions, intakeSectors, assignedRegions, Set.of());
    }

    /** The Java twin of the SQL condition the list queries make of this scope. */
    public boolean covers(CaseFacts facts) {
        if (facts.status() == CaseStatus.CONCEPT) {
            return false;
        }
        String region = facts.regionSlug();
        return wholeRegions.contains(region)
                || (facts.sector() != null && intakeSectors.getOrDefault(region, Set.of()).contains(facts.sector()))
                || (assignedRegions.contains(region) && Long.valueOf(userId).equals(facts.assignedCoordinatorId()))
                || chairedCases.contains(facts.caseId());
    }
}
