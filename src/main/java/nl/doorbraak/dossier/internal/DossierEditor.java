package nl.doorbraak.dossier.internal;

import java.time.Clock;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.dossier.DossierContent;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saves the inbrenger's analysis; a save on a copy someone else changed meanwhile is refused. */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, DossierRefused.class})
public class DossierEditor {

    private final DossierGate gate;
    private final DossierRepository dossiers;
    private final AuditLog audit;
    private final Clock clock;

    DossierEditor(DossierGate gate, DossierRepository dossiers, AuditLog audit, Clock clock) {
        this.gate = gate;
        this.dossiers = dossiers;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Saves the texts over version {@code version} (0 for a first save).
     *
     * @throws StaleDossier when someone saved after that version
     * @throws DossierRefused when the user may not change the dossier now
     */
    public void save(CurrentUser user, long caseId, DossierContent content, int version) {
        gate.editable(user, caseId, "DOSSIER_GEWIJZIGD");
        if (!dossiers.save(caseId, content, version, user.id(), clock.instant())) {
            throw new StaleDossier(dossiers.version(caseId));
        }
        audit.record(AuditEvent.of("DOSSIER_GEWIJZIGD", "DOSSIER", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails("versie " + (version + 1)));
    }
}
