package nl.doorbraak.dossier.internal;

import java.time.Clock;

import nl.doorbraak.planning.CaseAccessEnded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Someone no longer takes part: their receipt of the dossier ends with their access, so the history shows it and a
 * later sending reaches them again should they come back to the table.
 */
@Component
class DossierAccessEnding {

    private final DossierRepository dossiers;
    private final Clock clock;

    DossierAccessEnding(DossierRepository dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @EventListener
    void on(CaseAccessEnded ended) {
        dossiers.endAccess(ended.caseId(), ended.userId(), clock.instant());
    }
}
