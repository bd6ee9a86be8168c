package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving the meeting mode's main form, as a whole (Opslaan, and before an agreement or scenario changes) or as the
 * chair types (autosave). A save that changes nothing writes nothing and leaves no audit row, so autosave does not
 * flood the log; each real save leaves one VERSLAG_GEWIJZIGD row, a refused one one DENIED row.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, DraftRefused.class, DraftStale.class})
public class DraftSaving {

    private final MeetingModeAccess access;
    private final DraftRepository drafts;
    private final DraftPartsRepository parts;
    private final DraftEditing editing;
    private final Clock clock;

    DraftSaving(MeetingModeAccess access, DraftRepository drafts, DraftPartsRepository parts, DraftEditing editing,
            Clock clock) {
        this.access = access;
        this.drafts = drafts;
        this.parts = parts;
        this.editing = editing;
        this.clock = clock;
    }

    /**
     * @throws DraftRefused when a rule is broken or the verslag is finalised
     * @throws DraftStale when someone saved other content in between; nothing is stored
     */
    public DraftSave save(CurrentUser user, long agendaItemId, DraftChanges changes) {
        return store(user, agendaItemId, changes, "hoofdformulier");
    }

    /** Like {@link #save}, while the chair types; audited as such. */
    public DraftSave autosave(CurrentUser user, long agendaItemId, DraftChanges changes) {
        return store(user, agendaItemId, changes, "hoofdformulier automatisch opgeslagen");
    }

    private DraftSave store(CurrentUser user, long agendaItemId, DraftChanges changes, String what) {
        MeetingModeContext context = access.editor(user, agendaItemId);
        DraftRow draft = editing.editableDraft(user, context);
        List<DraftRefusal> refusals = new ArrayList<>(changes.regie().refusals(context.entry()));
        refusals.addAll(DraftChangesRule.refusals(changes, context.participantIds()));
        if (!refusals.isEmpty()) {
            throw editing.refused(user, context, draft, refusals);
        }
        Instant now = clock.instant();
        if (changes.sameContentAs(stored(draft))) {
            return new DraftSave(draft.version(), now, false);
        }
        if (!drafts.save(draft.id(), changes.version(), changes, user.id(), now)) {
            return afterConflict(user, context, changes, now);
        }
        parts.replaceAttendance(draft.id(), changes.attendance());
        parts.replaceChecklist(draft.id(), changes.checklist());
        parts.replaceNextParticipants(draft.id(), changes.nextParticipantIds());
        editing.audited(user, context, draft, what);
        return new DraftSave(changes.version() + 1, now, true);
    }

    /** The copy was older, or a save ran at the same time: no conflict when the stored draft now says the same. */
    private DraftSave afterConflict(CurrentUser user, MeetingModeContext context, DraftChanges changes, Instant now) {
        DraftRow current = editing.editableDraft(user, context);
        if (changes.sameContentAs(stored(current))) {
            return new DraftSave(current.version(), now, false);
        }
        throw editing.stale(user, context, current);
    }

    private DraftChanges stored(DraftRow draft) {
        return new DraftChanges(draft.version(), draft.sections(), parts.attendance(draft.id()),
                new DraftRegie(draft.regiehouderId(), draft.fixedContactId(), draft.monitoringById()),
                draft.monitoringFrequency(), draft.monitoringChannel(), parts.checklist(draft.id()),
                draft.nextMeetingOn(), draft.nextMeetingNote(), parts.nextParticipants(draft.id()));
    }
}
