package nl.doorbraak.verslag.internal;

import java.util.Locale;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.Agendas;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with a verslag: everyone who may see the case reads it (an audited read, 404 otherwise); only the
 * chair of the meeting finalises and corrects it. A change attempt leaves one audit row: the change's own on
 * success, or one DENIED row with the reason ({@link #refuse}).
 */
@Component
class FinalisingAccess {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Agendas agendas;
    private final CaseParticipation participation;
    private final AuditLog audit;
    private final MessageSource messages;

    FinalisingAccess(Agendas agendas, CaseParticipation participation, AuditLog audit, MessageSource messages) {
        this.agendas = agendas;
        this.participation = participation;
        this.audit = audit;
        this.messages = messages;
    }

    AgendaEntry entry(long agendaItemId) {
        return agendas.entry(agendaItemId).orElseThrow(() -> new VerslagVersionNotFound(agendaItemId));
    }

    /** The case behind the entry when the user may see it; audited under {@code action}. */
    CaseSummary visibleCase(CurrentUser user, AgendaEntry entry, String action) {
        return participation.visible(user, entry.caseId(), action);
    }

    /**
     * The case when the user chairs the meeting, for a change: nothing is audited yet, the caller records the outcome.
     * Anyone else who may see the case is refused (403, one DENIED row); an outsider gets 404 (one DENIED row).
     */
    CaseSummary chairedCase(CurrentUser user, AgendaEntry entry, String action) {
        CaseSummary summary = participation.visibleForChange(user, entry.caseId(), action);
        if (!entry.chairedBy(user.id())) {
            refuse(user, entry, action, "verslagversie.refused.notChair");
            throw new AccessDeniedException("Only the chair of the meeting may do this");
        }
        return summary;
    }

    /** One DENIED row for a refused change of the entry's verslag; the Dutch text of {@code reasonKey} says why. */
    void refuse(CurrentUser user, AgendaEntry entry, String action, String reasonKey) {
        refuseBecause(user, entry, action, dutch(reasonKey));
    }

    /** Like {@link #refuse}, with the reason as Dutch text; it must hold no names (the audit log holds none). */
    void refuseBecause(CurrentUser user, AgendaEntry entry, String action, String reason) {
        audit.record(AuditEvent.of(action, "VERSLAG", entry.itemId()).withSubject("casus:" + entry.caseId())
                .withActor(user.username()).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: " + reason));
    }

    /** A message in Dutch, the language of every verslag whatever the reader's language. */
    String dutch(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
