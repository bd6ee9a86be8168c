package nl.doorbraak.escalation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Doorzettingsmacht;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading, raising and resolving the escalations of a case; every read and change is audited in the same transaction.
 * A change attempt leaves one row under its action: the change's own on success, or DENIED with the reason.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, EscalationRefused.class})
public class EscalationService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseParticipation participation;
    private final EscalationRepository escalations;
    private final EscalationRecipients recipients;
    private final EscalationMail mail;
    private final Werkwijzen werkwijzen;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    EscalationService(CaseParticipation participation, EscalationRepository escalations, EscalationRecipients recipients,
            EscalationMail mail, Werkwijzen werkwijzen, AuditLog audit, MessageSource messages, Clock clock) {
        this.participation = participation;
        this.escalations = escalations;
        this.recipients = recipients;
        this.mail = mail;
        this.werkwijzen = werkwijzen;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public EscalationPage page(CurrentUser user, long caseId) {
        CaseSummary summary = participation.visible(user, caseId, "ESCALATIES_BEKEKEN");
        Werkwijze werkwijze = werkwijzen.get(summary.regionSlug());
        boolean mayRaise = EscalationRules.mayRaise(user, summary, participation.participantUserIds(caseId));
        return new EscalationPage(caseId, werkwijze.name(), mayRaise,
                EscalationRules.mayResolve(user, summary), escalations.ofCase(caseId, clock.instant()),
                werkwijze.finalSay().map(Doorzettingsmacht::description).orElse(null), werkwijze.escalation(),
                mayRaise ? recipients.of(caseId, summary.regionSlug()) : List.of(),
                mayRaise ? recipients.save(summary.regionSlug()) : List.of());
    }

    /** Records the escalation and mails everyone it concerns a link; returns how many were told. */
    public int raise(CurrentUser user, long caseId, EscalationDraft draft) {
        CaseSummary summary = participation.visibleForChange(user, caseId, "OPSCHALEN");
        if (!EscalationRules.mayRaise(user, summary, participation.participantUserIds(caseId))) {
            throw refused(user, "CASUS", caseId, caseId, "OPSCHALEN", "escalation.raise.notAllowed");
        }
        Instant now = clock.instant();
        long id = escalations.insert(caseId, user.id(), now, draft);
        List<Recipient> told = recipients.of(caseId, summary.regionSlug(), draft.saveInvolved());
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
        String action = "ESCALATIE_OPLOSSEN";
        CaseSummary summary = participation.visibleForChange(user, caseId, action);
        if (!EscalationRules.mayResolve(user, summary)) {
            throw refused(user, "ESCALATIE", escalationId, caseId, action, "escalation.resolve.notAllowed");
        }
        // an escalation of another case is refused like a resolved one: its case is not named
        boolean open = escalations.caseOfOpen(escalationId).filter(c -> c == caseId).isPresent();
        if (!open) {
            throw refused(user, "ESCALATIE", escalationId, caseId, action, "escalation.resolve.notOpen");
        }
        escalations.resolve(escalationId, user.id(), clock.instant(), decision);
        participation.recordEscalation(user, caseId, true, decision.strip());
        audit.record(AuditEvent.of("ESCALATIE_OPGELOST", "ESCALATIE", escalationId).withSubject("casus:" + caseId)
                .withActor(user.username()));
    }

    /** One DENIED row for the refused change, with the Dutch text of {@code messageKey} as the reason. */
    private EscalationRefused refused(CurrentUser user, String objectType, long objectId, long caseId, String action,
            String messageKey) {
        audit.record(AuditEvent.of(action, objectType, objectId).withSubject("casus:" + caseId)
                .withActor(user.username()).withOutcome(AuditOutcome.DENIED)
                .withDetails("geweigerd: " + messages.getMessage(messageKey, null, messageKey, DUTCH)));
        return new EscalationRefused(messageKey);
    }
}
