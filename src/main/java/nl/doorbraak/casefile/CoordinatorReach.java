package nl.doorbraak.casefile;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.Sector;

/**
 * Need-to-know for modules that read cases themselves (the dashboard, a meeting's agenda): which of a region's
 * submitted cases a coordinator of that region sees.
 */
public interface CoordinatorReach {

    /**
     * Empty when the coordinator sees every case of the region; else the sectors their intake point takes in.
     * The cases assigned to them ({@code case_file.assigned_coordinator_id}) they see on top.
     */
    Optional<Set<Sector>> intakeSectors(CurrentUser coordinator, String regionSlug);

    /** Which of these cases the user reaches as a coordinator (their intake point's, or assigned to them). */
    Set<Long> casesReached(CurrentUser user, Collection<Long> caseIds);
}
