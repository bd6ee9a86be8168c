package nl.doorbraak.casefile;

import java.util.Optional;
import java.util.Set;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.Sector;

/**
 * Need-to-know for reports that read cases themselves (the dashboard): which of a region's submitted cases a
 * coordinator of that region sees.
 */
public interface CoordinatorReach {

    /**
     * Empty when the coordinator sees every case of the region; else the sectors their intake point takes in.
     * The cases assigned to them ({@code case_file.assigned_coordinator_id}) they see on top.
     */
    Optional<Set<Sector>> intakeSectors(CurrentUser coordinator, String regionSlug);
}
