package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import nl.doorbraak.verslag.VerslagDocument;
import nl.doorbraak.verslag.VerslagFinalised;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * The chair finalises the verslag: when it is complete, it is frozen as the next version, the participants get need
 * to know, the regiehouder is set on the case, the case moves to execution, and the participants are told.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, FinalisingRefused.class})
public class FinalisingService {

    private static final String ACTION = "VERSLAG_VASTSTELLEN";

    private final FinalisingAccess access;
    private final FinalisingDraftReader drafts;
    private final VerslagVersionStore store;
    private final CaseParticipation participation;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final MeetingStart meetingStart;
    private final Clock clock;

    FinalisingService(FinalisingAccess access, FinalisingDraftReader drafts, VerslagVersionStore store,
            CaseParticipation participation, Werkwijzen werkwijzen, UserDirectory users, AuditLog audit,
            ApplicationEventPublisher events, MeetingStart meetingStart, Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.store = store;
        this.participation = participation;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.audit = audit;
        this.events = events;
        this.meetingStart = meetingStart;
        this.clock = clock;
    }

    public FinalisingOutcome finalise(CurrentUser chair, long agendaItemId) {
        AgendaEntry entry = access.entry(agendaItemId);
        CaseSummary summary = access.chairedCase(chair, entry, ACTION);
        if (entry.cancelled()) {
            throw refused(chair, entry, "verslagversie.refused.cancelled");
        }
        if (!meetingStart.begun(entry)) {
            throw refused(chair, entry, "verslagversie.refused.notStarted");
        }
        FinalisingDraft draft = drafts.lockedDraft(agendaItemId).orElse(null);
        if (draft == null) {
            return incomplete(chair, entry, List.of(FinalisingProblem.of("draft")));
        }
        if (draft.finalised()) {
            throw refused(chair, entry, "verslagversie.refused.alreadyFinalised");
        }
        if (draft.latestVersion() == 0 && !FinalisingRule.caseAtTheTable(summary.status())) {
            throw refused(chair, entry, "verslagversie.refused.caseState");
        }
        Werkwijze werkwijze = werkwijzen.get(entry.regionSlug());
        List<FinalisingProblem> problems = FinalisingRule.check(draft, entry, werkwijze.checklist());
        if (!problems.isEmpty()) {
            return incomplete(chair, entry, problems);
        }
        VerslagDocument document = freeze(chair, entry, summary, draft, werkwijze);
        moveCaseOn(chair, entry, draft, document.version());
        audit.record(AuditEvent.of("VERSLAG_VASTGESTELD", "VERSLAG", draft.verslagId())
                .withSubject("casus:" + entry.caseId()).withActor(chair.username())
                .withDetails("versie " + document.version()));
        events.publishEvent(new VerslagFinalised(draft.verslagId(), agendaItemId, entry.caseId(), document.version(),
                chair.id()));
        return FinalisingOutcome.finalised(document.version());
    }

    private FinalisingRefused refused(CurrentUser chair, AgendaEntry entry, String messageKey) {
        access.refuse(chair, entry, ACTION, messageKey);
        return new FinalisingRefused(messageKey);
    }

    private FinalisingOutcome incomplete(CurrentUser chair, AgendaEntry entry, List<FinalisingProblem> problems) {
        // the count, not the texts: those may name a participant
        access.refuseBecause(chair, entry, ACTION, "het verslag is nog niet compleet (ontbrekende onderdelen: "
                + problems.size() + ")");
        return FinalisingOutcome.incomplete(problems);
    }

    private VerslagDocument freeze(CurrentUser chair, AgendaEntry entry, CaseSummary summary, FinalisingDraft draft,
            Werkwijze werkwijze) {
        int version = draft.latestVersion() + 1;
        Instant now = clock.instant();
        String chairName = displayName(entry.chairUserId(), chair);
        VerslagDocument document = new VersionSnapshotBuilder(draft, entry, werkwijze, summary, access::dutch)
                .build(version, version == 1 ? null : draft.correctionReason(), now, displayName(chair.id(), chair),
                        chairName);
        store.freeze(document, chair.id());
        return document;
    }

    private String displayName(long userId, CurrentUser fallback) {
        return users.find(userId).map(UserContact::displayName).orElse(fallback.displayName());
    }

    private void moveCaseOn(CurrentUser chair, AgendaEntry entry, FinalisingDraft draft, int version) {
        participation.grantAccess(entry.caseId(), entry.participants().stream().map(AgendaPerson::userId)
                .filter(Objects::nonNull).distinct().toList());
        participation.assignRegiehouder(entry.caseId(), FinalisingRule.participant(entry, draft.regiehouderId())
                .map(AgendaPerson::userId).orElse(null));
        if (version > 1) {
            return; // a correction changes the text, not the fact that the table met
        }
        try {
            participation.recordVerslagFinalised(chair, entry.caseId(), entry.meetingStartsAt().toLocalDate());
        } catch (CasePlanningRefused refused) {
            // the case moved on while this ran (checked above): undo the frozen version, so nothing half-done stays
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            throw new FinalisingRefused("verslagversie.refused.caseState");
        }
    }
}
