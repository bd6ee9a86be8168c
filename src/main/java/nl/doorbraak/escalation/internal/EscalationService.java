package nl.doorbraak.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Doorzettingsmacht;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading, raising and resolving the escalations of a case; every read and change is audited in the same transaction. */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, EscalationRefused.class})
public class EscalationService {

    private final CaseParticipation participation;
    private final EscalationRepository escalations;
    private final EscalationRecipients recipients;
    private final EscalationMail mail;
    private final Werkwijzen werkwijzen;
    private final AuditLog audit;
    private final Clock clock;

    EscalationService(CaseParticipation participation, EscalationRepository escalations, EscalationRecipients recipients,
            EscalationMail mail, Werkwijzen werkwijzen, AuditLog audit, Clock clock) {
        this.participation = participation;
        this.escalations = escalations;
        this.recipients = recipients;
        this.mail = mail;
        this.werkwijzen = werkwijzen;
        this.audit = audit;
        this.clock = clock;
    }

    public EscalationPage page(CurrentUser user, long caseId) {
        CaseSummary summary = participation.visible(user, caseId, "ESCALATIES_BEKEKEN");
        Werkwijze werkwijze = werkwijzen.get(summary.regionSlug());
        return new EscalationPage(caseId, werkwijze.name(),
                EscalationRules.mayRaise(user, summary, participation.participantUserIds(caseId)),
                EscalationRules.mayResolve(user, summary), escalations.ofCase(caseId, clock.instant()),
                werkwijze.finalSay().map(Doorzettingsmacht::description).orElse(null), werkwijze.escalation());
    }

    /** Records the escalation and mails everyone it concerns a link; returns how many were told. */
    public int raise(CurrentUser user, long caseId, EscalationDraft draft) {
        CaseSummary summary = participation.visible(user, caseId, "OPSCHALEN");
        if (!EscalationRules.mayRaise(user, summary, participation.participantUserIds(caseId))) {
            deny(user, caseId, "OPSCHALEN");
            throw new EscalationRefused("escalation.raise.notAllowed");
        }
        Instant now = clock.instant();
        long id = escalations.insert(caseId, user.id(), now, draft);
        List<Recipient> told = recipients.of(caseId, summary.regionSlug());
        told.forEach(recipient -> {
            escalations.addRecipient(id, recipient);
            mail.send(recipient, caseId);
        });
        participation.recordEscalation(user, caseId, false, draft.reason().strip());
        audit.record(AuditEvent.of("ESCALATIE_AANGEMAAKT", "ESCALATIE", id).withSubject("casus:" + caseId)
                .withActor(user.username())
                .withDetails("SAVE betrokken: " + (draft.saveInvolved() ? "ja" : "nee") + "; ontvangers: " + told.size()));
        return told.size();
    }

    public void resolve(CurrentUser user, long caseId, long escalationId, String decision) {
        CaseSummary summary = participation.visible(user, caseId, "ESCALATIE_OPLOSSEN");
        if (!EscalationRules.mayResolve(user, summary)) {
            deny(user, caseId, "ESCALATIE_OPLOSSEN");
            throw new EscalationRefused("escalation.resolve.notAllowed");
        }
        boolean open = escalations.caseOfOpen(escalationId).filter(c -> c == caseId).isPresent();
        if (!open) {
            throw new EscalationRefused("escalation.resolve.notOpen");
        }
        escalations.resolve(escalationId, user.id(), clock.instant(), decision);
        participation.recordEscalation(user, caseId, true, decision.strip());
        audit.record(AuditEvent.of("ESCALATIE_OPGELOST", "ESCALATIE", escalationId).withSubject("casus:" + caseId)
                .withActor(user.username()));
    }

    private void deny(CurrentUser user, long caseId, String action) {
        audit.record(AuditEvent.of(action, "CASUS", caseId).withSubject("casus:" + caseId).withActor(user.username())
                .withOutcome(nl.doorbraak.audit.AuditOutcome.DENIED));
    }
}
