package nl.doorbraak.dossier.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who prepares and sends the dossier: the inbrenger and the region's coordinators, while the case is admitted,
 * planned or in execution. Everyone else who may see the case only reads it.
 */
@Component
class DossierGate {

    private final CaseParticipation cases;
    private final AuditLog audit;

    DossierGate(CaseParticipation cases, AuditLog audit) {
        this.cases = cases;
        this.audit = audit;
    }

    boolean mayEdit(CurrentUser user, CaseSummary summary) {
        boolean preparer = cases.isInbrenger(user, summary)
                || (user.hasRole(Role.COORDINATOR) && user.worksInRegion(summary.regionSlug()));
        return preparer && DossierRules.editableIn(summary.status());
    }

    /**
     * The case, when the user may change its dossier now. Nothing is audited then: the change records its outcome,
     * so the attempt has one row. A refusal is one DENIED row under {@code action}, with the reason.
     *
     * @throws nl.doorbraak.casefile.CaseHidden when the user may not see the case at all (one DENIED row)
     */
    CaseSummary editable(CurrentUser user, long caseId, String action) {
        CaseSummary summary = cases.visibleForChange(user, caseId, action);
        if (!mayEdit(user, summary)) {
            audit.record(AuditEvent.of(action, "DOSSIER", caseId).withSubject("casus:" + caseId)
                    .withActor(user.username()).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: alleen de "
                            + "inbrenger en de coördinatoren van de regio wijzigen en versturen het dossier, zolang de "
                            + "casus loopt"));
            throw new DossierRefused("dossier.refused.notEditable");
        }
        return summary;
    }
}
