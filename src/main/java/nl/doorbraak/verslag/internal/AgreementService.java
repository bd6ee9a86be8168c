package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.planning.AgendaPerson;
import org.springframework.stereotype.Service;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Adding and removing the draft's SMART agreements and its scenarios, by the chair or a coordinator. */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, DraftRefused.class})
public class AgreementService {

    private static final ZoneId MEETING_ZONE = ZoneId.of("Europe/Amsterdam");

    private final MeetingModeAccess access;
    private final DraftEditing editing;
    private final AgreementRepository agreements;
    private final Clock clock;

    AgreementService(MeetingModeAccess access, DraftEditing editing, AgreementRepository agreements, Clock clock) {
        this.access = access;
        this.editing = editing;
        this.agreements = agreements;
        this.clock = clock;
    }

    /** @throws DraftRefused with the fields that make it not SMART, or when the verslag is finalised */
    public void add(CurrentUser user, long agendaItemId, AgreementProposal proposal) {
        MeetingModeContext context = access.editor(user, agendaItemId);
        DraftRow draft = editing.editableDraft(user, context);
        List<DraftRefusal> refusals = proposal.refusals(LocalDate.ofInstant(clock.instant(), MEETING_ZONE),
                context.entry().meetingStartsAt().toLocalDate(), context.participantIds());
        if (!refusals.isEmpty()) {
            throw editing.refused(user, context, draft, refusals);
        }
        Long ownerUserId = context.entry().participants().stream().filter(p -> p.id() == proposal.ownerId())
                .findFirst().map(AgendaPerson::userId).orElse(null);
        agreements.add(draft.id(), draft.caseId(), proposal, ownerUserId, clock.instant());
        editing.touch(user, context, draft, "afspraak toegevoegd");
    }

    public void remove(CurrentUser user, long agendaItemId, long agreementId) {
        MeetingModeContext context = access.editor(user, agendaItemId);
        DraftRow draft = editing.editableDraft(user, context);
        if (agreements.remove(draft.id(), agreementId)) {
            editing.touch(user, context, draft, "afspraak verwijderd");
        }
    }

    /** @throws DraftRefused when "als", "dan" or the owner is missing, or when the verslag is finalised */
    public void addScenario(CurrentUser user, long agendaItemId, ScenarioProposal proposal) {
        MeetingModeContext context = access.editor(user, agendaItemId);
        DraftRow draft = editing.editableDraft(user, context);
        List<DraftRefusal> refusals = proposal.refusals(context.participantIds());
        if (!refusals.isEmpty()) {
            throw editing.refused(user, context, draft, refusals);
        }
        agreements.addScenario(draft.id(), proposal);
        editing.touch(user, context, draft, "scenario toegevoegd");
    }

    public void removeScenario(CurrentUser user, long agendaItemId, long scenarioId) {
        MeetingModeContext context = access.editor(user, agendaItemId);
        DraftRow draft = editing.editableDraft(user, context);
        if (agreements.removeScenario(draft.id(), scenarioId)) {
            editing.touch(user, context, draft, "scenario verwijderd");
        }
    }
}
