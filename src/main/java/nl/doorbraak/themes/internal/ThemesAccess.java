package nl.doorbraak.themes.internal;

import java.util.EnumSet;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.TableType;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/**
 * Who reaches a leertafel's themes and trends: whoever works in its region as coordinator, chair, leertafel member or
 * policy staff (BELEID, read only); the coordinators also maintain the list. Unlike the leertafel's own material this
 * accepts every LEERTAFEL user of the region, not only the current members: membership is the leertafel module's
 * table, and what is shown here is counts and the region's list, no case. Anyone else gets 404 and a DENIED row.
 */
@Component
class ThemesAccess {

    private static final Set<Role> READERS = EnumSet.of(Role.COORDINATOR, Role.VOORZITTER, Role.LEERTAFEL, Role.BELEID);

    private final Werkwijzen werkwijzen;
    private final AuditLog audit;

    ThemesAccess(Werkwijzen werkwijzen, AuditLog audit) {
        this.werkwijzen = werkwijzen;
        this.audit = audit;
    }

    ThemeTable table(CurrentUser user, String regionSlug, String tableCode, String action) {
        return werkwijzen.find(regionSlug).filter(w -> user.worksInRegion(w.slug()))
                .filter(w -> READERS.stream().anyMatch(user::hasRole))
                .flatMap(w -> w.table(tableCode).filter(t -> t.type() == TableType.LEERTAFEL)
                        .map(t -> new ThemeTable(w.slug(), w.name(), t.code(), t.name(), manages(user, w.slug()))))
                .orElseThrow(() -> hidden(user, "LEERTAFEL", regionSlug + "/" + tableCode, action));
    }

    ThemeTable managed(CurrentUser user, String regionSlug, String tableCode, String action) {
        ThemeTable table = table(user, regionSlug, tableCode, action);
        if (!table.managed()) {
            throw hidden(user, "LEERTAFEL", regionSlug + "/" + tableCode, action);
        }
        return table;
    }

    static boolean manages(CurrentUser user, String regionSlug) {
        return user.hasRole(Role.COORDINATOR) && user.worksInRegion(regionSlug);
    }

    ThemesHidden hidden(CurrentUser user, String type, Object id, String action) {
        audit.record(AuditEvent.of(action, type, id).withActor(user.username()).withOutcome(AuditOutcome.DENIED)
                .withDetails("geen toegang"));
        return new ThemesHidden(type + " " + id);
    }
}
