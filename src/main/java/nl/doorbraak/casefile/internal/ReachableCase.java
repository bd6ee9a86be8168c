package nl.doorbraak.casefile.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.organisation.Sector;

/** A row of the planning lists, with what {@link CaseAccess#reaches} needs to know whether a coordinator sees it. */
record ReachableCase(CaseAwaitingTable awaiting, Sector sector, Long assignedCoordinatorId) {

    /** Columns: id, region_slug, youth_name, table_deadline, referrer_user_id, sector, assigned_coordinator_id. */
    static ReachableCase read(ResultSet rs, int row) throws SQLException {
        String sector = rs.getString(6);
        return new ReachableCase(new CaseAwaitingTable(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getObject(4, LocalDate.class), rs.getLong(5)), sector == null ? null : Sector.valueOf(sector),
                rs.getObject(7, Long.class));
    }

    boolean reachedBy(CurrentUser coordinator, IntakePoints intakePoints) {
        return CaseAccess.reaches(coordinator, awaiting.regionSlug(), intakePoints, sector, assignedCoordinatorId);
    }
}
