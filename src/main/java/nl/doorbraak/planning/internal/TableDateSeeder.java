package nl.doorbraak.planning.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * On every start: the dates of the werkwijzen's tables on explicit dates are the starting set of their table dates.
 * Each werkwijze date is added once; one that a coordinator moved or cancelled since is not added again, nor one on
 * a day the table already has a date. Runs before the demo planning.
 */
@Component
class TableDateSeeder {

    private final Werkwijzen werkwijzen;
    private final TableDateRepository dates;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    TableDateSeeder(Werkwijzen werkwijzen, TableDateRepository dates, AuditLog audit, TransactionTemplate transaction) {
        this.werkwijzen = werkwijzen;
        this.dates = dates;
        this.audit = audit;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(150)
    void seedFromWerkwijzen() {
        werkwijzen.all().forEach(werkwijze -> transaction.executeWithoutResult(status -> seed(werkwijze)));
    }

    /** Returns how many dates were added. */
    int seed(Werkwijze werkwijze) {
        int added = 0;
        for (MeetingTable table : TableDates.explicitTables(werkwijze)) {
            TimeSlot slot = PlanningTables.slot(table);
            added += (int) table.cadence().dates().stream().filter(day -> dates.seed(werkwijze.slug(), table.code(),
                    day, slot.start(), slot.end(), table.location())).count();
        }
        if (added > 0) {
            audit.record(AuditEvent.of("TAFELDATA_INGELADEN", "REGIO", werkwijze.slug()).withActor("systeem")
                    .withDetails(added + " data uit de werkwijze"));
        }
        return added;
    }
}
