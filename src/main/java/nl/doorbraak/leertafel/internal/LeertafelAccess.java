package nl.doorbraak.leertafel.internal;

import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leertafel.LeertafelHidden;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who reaches a leertafel. Its material (sessions, anonymous cases) is for the current members (role LEERTAFEL),
 * the chair of one of its sessions (role VOORZITTER) and the region's coordinators, who also manage it. Anyone else
 * gets "not found" before any input is looked at, audited as DENIED. What the table learnt (themes, trends,
 * proposals, opbrengst) is also open to the region's policy staff: see the themes and proposals modules.
 */
@Component
public class LeertafelAccess {

    private final LeertafelTables tables;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    LeertafelAccess(LeertafelTables tables, JdbcClient jdbc, AuditLog audit) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The table when the user reaches its material; otherwise audits DENIED under {@code action} and hides it. */
    public LeertafelTable table(CurrentUser user, String regionSlug, String tableCode, String action) {
        return tables.find(regionSlug, tableCode).filter(t -> reaches(user, t))
                .orElseThrow(() -> hidden(user, "LEERTAFEL", regionSlug + "/" + tableCode, action));
    }

    /** The table when the user is one of the region's coordinators, who manage members and sessions. */
    public LeertafelTable managed(CurrentUser user, String regionSlug, String tableCode, String action) {
        return tables.find(regionSlug, tableCode).filter(t -> manages(user, t))
                .orElseThrow(() -> hidden(user, "LEERTAFEL", regionSlug + "/" + tableCode, action));
    }

    public List<LeertafelTable> reachable(CurrentUser user) {
        return tables.all().stream().filter(t -> reaches(user, t)).toList();
    }

    public boolean reaches(CurrentUser user, LeertafelTable table) {
        return manages(user, table) || isMember(user, table) || chairs(user, table);
    }

    public boolean manages(CurrentUser user, LeertafelTable table) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(table.regionSlug());
    }

    public boolean isMember(CurrentUser user, LeertafelTable table) {
        return user.hasRole(Role.LEERTAFEL) && user.worksInRegion(table.regionSlug()) && jdbc.sql("""
                select count(*) from leertafel_member
                where region_slug = :region and table_code = :table and user_id = :user and until is null""")
                .param("region", table.regionSlug()).param("table", table.code()).param("user", user.id())
                .query(Integer.class).single() > 0;
    }

    public boolean chairs(CurrentUser user, LeertafelTable table) {
        return user.hasRole(Role.VOORZITTER) && user.worksInRegion(table.regionSlug()) && jdbc.sql("""
                select count(*) from leertafel_session
                where region_slug = :region and table_code = :table and chair_user_id = :user
                  and status <> 'GEANNULEERD'""")
                .param("region", table.regionSlug()).param("table", table.code()).param("user", user.id())
                .query(Integer.class).single() > 0;
    }

    /** Audits the refusal and returns the exception to throw. */
    public LeertafelHidden hidden(CurrentUser user, String type, Object id, String action) {
        audit.record(AuditEvent.of(action, type, id).withActor(user.username()).withOutcome(AuditOutcome.DENIED)
                .withDetails("geen toegang tot deze leertafel"));
        return new LeertafelHidden(type + " " + id);
    }
}
