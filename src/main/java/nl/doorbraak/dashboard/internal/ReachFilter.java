package nl.doorbraak.dashboard.internal;

import java.util.Set;

import nl.doorbraak.organisation.Sector;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The part of a region's cases a coordinator sees (need-to-know, from the casefile module): every case, or the
 * sectors of their intake point plus the cases assigned to them. Numbers and lists count only these.
 */
record ReachFilter(Set<Sector> sectors, long coordinatorId) {

    static final ReachFilter WHOLE_REGION = new ReachFilter(null, 0);

    /** An extra condition on {@code case_file c}, empty for the whole region. */
    String condition() {
        if (sectors == null) {
            return "";
        }
        return sectors.isEmpty() ? " and c.assigned_coordinator_id = :reachCoordinator"
                : " and (c.sector in (:reachSectors) or c.assigned_coordinator_id = :reachCoordinator)";
    }

    JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec) {
        if (sectors == null) {
            return spec;
        }
        JdbcClient.StatementSpec bound = spec.param("reachCoordinator", coordinatorId);
        return sectors.isEmpty() ? bound : bound.param("reachSectors", sectors.stream().map(Enum::name).sorted().toList());
    }
}
