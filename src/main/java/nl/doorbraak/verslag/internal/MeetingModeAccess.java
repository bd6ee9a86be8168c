package nl.doorbraak.verslag.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.Agendas;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what with an agenda item's verslag: the meeting's chair and the region's coordinators edit the draft;
 * the item's participants may only learn that it is not finalised yet; anyone else gets "not found" (audited).
 * An edit is audited once, by the change ({@link DraftEditing}); a refused edit leaves one DENIED row.
 */
@Component
class MeetingModeAccess {

    private final Agendas agendas;
    private final CaseParticipation participation;
    private final Werkwijzen werkwijzen;
    private final AuditLog audit;

    MeetingModeAccess(Agendas agendas, CaseParticipation participation, Werkwijzen werkwijzen, AuditLog audit) {
        this.agendas = agendas;
        this.participation = participation;
        this.werkwijzen = werkwijzen;
        this.audit = audit;
    }

    /** The item for a user who may at least see it; the read of the case is audited as VERSLAG_BEKEKEN. */
    MeetingModeContext resolve(CurrentUser user, long agendaItemId) {
        AgendaEntry entry = agendas.entry(agendaItemId).filter(e -> !e.cancelled()).orElseThrow(DraftNotFound::new);
        boolean mayEdit = mayEdit(user, entry);
        if (!mayEdit && !entry.hasParticipant(user.id())) {
            audit.record(AuditEvent.of("VERSLAG_BEKEKEN", "CASUS", entry.caseId())
                    .withSubject("casus:" + entry.caseId()).withActor(user.username())
                    .withOutcome(AuditOutcome.DENIED));
            throw new CaseHidden(entry.caseId());
        }
        CaseSummary summary = participation.visible(user, entry.caseId(), "VERSLAG_BEKEKEN");
        return new MeetingModeContext(entry, summary, werkwijzen.get(entry.regionSlug()), mayEdit);
    }

    /**
     * The item for a change of its draft by an editor; nothing is audited yet. A participant who may not edit is
     * refused (403), anyone else gets "not found" (404); each with one DENIED row under {@link DraftEditing#ACTION}.
     */
    MeetingModeContext editor(CurrentUser user, long agendaItemId) {
        AgendaEntry entry = agendas.entry(agendaItemId).filter(e -> !e.cancelled()).orElseThrow(DraftNotFound::new);
        if (!mayEdit(user, entry)) {
            boolean participant = entry.hasParticipant(user.id());
            audit.record(AuditEvent.of(DraftEditing.ACTION, "CASUS", entry.caseId())
                    .withSubject("casus:" + entry.caseId()).withActor(user.username())
                    .withOutcome(AuditOutcome.DENIED).withDetails(participant
                            ? "geweigerd: alleen de voorzitter en de coördinatoren van de regio maken het verslag"
                            : "geweigerd: deze casus bestaat niet of de gebruiker mag hem niet zien"));
            if (participant) {
                throw new AccessDeniedException("only the chair edits the verslag");
            }
            throw new CaseHidden(entry.caseId());
        }
        CaseSummary summary = participation.visibleForChange(user, entry.caseId(), DraftEditing.ACTION);
        return new MeetingModeContext(entry, summary, werkwijzen.get(entry.regionSlug()), true);
    }

    static boolean mayEdit(CurrentUser user, AgendaEntry entry) {
        return entry.chairedBy(user.id())
                || (user.hasRole(Role.COORDINATOR) && user.worksInRegion(entry.regionSlug()));
    }
}
