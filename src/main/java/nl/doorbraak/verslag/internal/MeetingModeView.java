package nl.doorbraak.verslag.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.region.VerslagSection;

/**
 * Everything the meeting mode page shows: the item, the stored draft (null for someone who may not edit it), its
 * parts, and the dossier's text for sections the draft has never held.
 */
public record MeetingModeView(MeetingModeContext context, DraftRow draft, Map<Long, Boolean> attendance,
        List<ChecklistAnswer> checklist, Set<Long> nextParticipants, List<AgreementRow> agreements,
        List<ScenarioRow> scenarios, Map<String, String> prefill) {

    public List<VerslagSection> sections() {
        return context.werkwijze().verslagSections();
    }

    public List<String> checklistQuestions() {
        return context.werkwijze().checklist();
    }

    public List<AgendaPerson> participants() {
        return context.entry().participants();
    }

    public AgendaPerson participant(long id) {
        return participants().stream().filter(p -> p.id() == id).findFirst().orElse(null);
    }

    public boolean finalised() {
        return draft != null && draft.finalised();
    }

    /** The text a section starts with: what was saved, or the dossier's text when it was never saved. */
    public String sectionText(String code) {
        if (draft != null && draft.sections().containsKey(code)) {
            return draft.section(code);
        }
        return prefill.get(code);
    }

    /** The section's kind by name, for the template. */
    public String kindOf(String code) {
        return DraftSectionKind.of(code).name();
    }

    public boolean allowsNotPresent(int position) {
        return ChecklistQuestion.allowsNotPresent(checklistQuestions().get(position));
    }
}
