package nl.doorbraak.escalation.internal;

import java.time.Clock;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseEnding;
import nl.doorbraak.casefile.CaseLooseEnds;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.LooseEnd;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A case that ends takes its open escalations with it: each is resolved with the closure as decision, on the case's
 * timeline and audited as a resolution, inside the closing transaction.
 */
@Component
class EscalationsEndingWithCase implements CaseLooseEnds {

    private final EscalationRepository escalations;
    private final CaseParticipation participation;
    private final AuditLog audit;
    private final Clock clock;

    EscalationsEndingWithCase(EscalationRepository escalations, CaseParticipation participation, AuditLog audit,
            Clock clock) {
        this.escalations = escalations;
        this.participation = participation;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<LooseEnd> openFor(long caseId) {
        return escalations.openOf(caseId);
    }

    @EventListener
    @Order(1)
    void on(CaseEnding ending) {
        for (LooseEnd open : escalations.openOf(ending.caseId())) {
            if (escalations.caseOfOpen(open.id()).isEmpty()) {
                continue; // resolved in between
            }
            escalations.resolve(open.id(), ending.actor().id(), clock.instant(), ending.decision());
            participation.recordEscalation(ending.actor(), ending.caseId(), true, ending.decision());
            audit.record(AuditEvent.of("ESCALATIE_OPGELOST", "ESCALATIE", open.id())
                    .withSubject("casus:" + ending.caseId()).withActor(ending.actor().username())
                    .withDetails("bij het afsluiten van de casus"));
        }
    }
}
