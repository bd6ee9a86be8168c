package nl.doorbraak.planning.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/**
 * Only a coordinator of the region keeps its table dates. Anyone else gets "not found" before any input is looked
 * at, audited as DENIED.
 */
@Component
class TableDateAccess {

    static final String VIEW = "TAFELDATA_BEKEKEN";
    static final String CHANGE = "TAFELDATA_WIJZIGEN";

    private final Werkwijzen werkwijzen;
    private final TableDateRepository dates;
    private final AuditLog audit;

    TableDateAccess(Werkwijzen werkwijzen, TableDateRepository dates, AuditLog audit) {
        this.werkwijzen = werkwijzen;
        this.dates = dates;
        this.audit = audit;
    }

    Werkwijze region(CurrentUser user, String regionSlug, String action) {
        return werkwijzen.find(regionSlug).filter(w -> keeps(user, w.slug()))
                .orElseThrow(() -> hidden(user, "REGIO", regionSlug, action));
    }

    TableDate date(CurrentUser user, long dateId, String action) {
        return dates.find(dateId).filter(d -> keeps(user, d.regionSlug()))
                .orElseThrow(() -> hidden(user, "TAFELDATUM", dateId, action));
    }

    private static boolean keeps(CurrentUser user, String regionSlug) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(regionSlug);
    }

    private TableDateHidden hidden(CurrentUser user, String type, Object id, String action) {
        audit.record(AuditEvent.of(action, type, id).withActor(user.username()).withOutcome(AuditOutcome.DENIED)
                .withDetails("geen tafeldata van uw regio"));
        return new TableDateHidden(type + " " + id);
    }
}
