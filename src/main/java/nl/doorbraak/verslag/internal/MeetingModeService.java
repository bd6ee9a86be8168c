package nl.doorbraak.verslag.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

/** Opening the meeting mode: the draft verslag with its parts (saving it is {@link DraftSaving}'s). */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, DraftRefused.class, DraftStale.class})
public class MeetingModeService {

    private final MeetingModeAccess access;
    private final DraftRepository drafts;
    private final DraftPartsRepository parts;
    private final AgreementRepository agreements;
    private final DraftPrefill prefill;

    MeetingModeService(MeetingModeAccess access, DraftRepository drafts, DraftPartsRepository parts,
            AgreementRepository agreements, DraftPrefill prefill) {
        this.access = access;
        this.drafts = drafts;
        this.parts = parts;
        this.agreements = agreements;
        this.prefill = prefill;
    }

    /** The page for this user; an editor's first open creates the draft. */
    public MeetingModeView open(CurrentUser user, long agendaItemId) {
        MeetingModeContext context = access.resolve(user, agendaItemId);
        if (!context.mayEdit()) {
            DraftRow draft = drafts.ofItem(agendaItemId).orElse(null);
            return new MeetingModeView(context, draft != null && draft.finalised() ? draft : null, Map.of(), List.of(),
                    Set.of(), List.of(), List.of(), Map.of());
        }
        return editorView(context);
    }

    /**
     * The editor's view, to apply a change to: nothing is audited when the user edits this verslag (the change
     * records its outcome); anyone else is refused with one DENIED row (403 for a participant, else 404).
     */
    public MeetingModeView openForChange(CurrentUser user, long agendaItemId) {
        return editorView(access.editor(user, agendaItemId));
    }

    private MeetingModeView editorView(MeetingModeContext context) {
        DraftRow draft = drafts.openOrCreate(context.entry().itemId(), context.entry().caseId());
        return new MeetingModeView(context, draft, parts.attendance(draft.id()), parts.checklist(draft.id()),
                parts.nextParticipants(draft.id()), agreements.agreements(draft.id()), agreements.scenarios(draft.id()),
                prefill.of(context.entry().caseId()));
    }
}
