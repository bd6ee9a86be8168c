package nl.doorbraak.verslag.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.doorbraak.region.VerslagSection;
import nl.doorbraak.verslag.internal.ChecklistAnswer;
import nl.doorbraak.verslag.internal.DraftChanges;
import nl.doorbraak.verslag.internal.DraftRegie;
import nl.doorbraak.verslag.internal.MeetingModeView;

/** The meeting mode's main form; {@code version} is the copy's version, so a stale save is noticed. */
public class DraftForm extends DraftFormFields {

    static final String PRESENT = "AANWEZIG";
    static final String ABSENT = "AFWEZIG";

    /** The form as the stored draft fills it, with the dossier's text in sections never saved. */
    static DraftForm of(MeetingModeView view) {
        DraftForm form = new DraftForm();
        form.setVersion(view.draft().version());
        view.sections().forEach(s -> form.getSections().put(s.code(), view.sectionText(s.code())));
        view.attendance().forEach((id, present) -> form.getAttendance().put(id, present ? PRESENT : ABSENT));
        form.setRegiehouderId(view.draft().regiehouderId());
        form.setFixedContactId(view.draft().fixedContactId());
        form.setMonitoringFrequency(view.draft().monitoringFrequency());
        form.setMonitoringChannel(view.draft().monitoringChannel());
        form.setMonitoringById(view.draft().monitoringById());
        form.setNextMeetingOn(view.draft().nextMeetingOn());
        form.setNextMeetingNote(view.draft().nextMeetingNote());
        form.getNextParticipantIds().addAll(view.nextParticipants());
        for (int i = 0; i < view.checklistQuestions().size(); i++) {
            form.getChecklist().add(new DraftChecklistField());
        }
        view.checklist().stream().filter(a -> a.position() < form.getChecklist().size()).forEach(a -> {
            form.getChecklist().get(a.position()).setAnswer(a.answer());
            form.getChecklist().get(a.position()).setNotPresent(a.notPresent());
        });
        return form;
    }

    /** Whether the page's copy of the main form came along (its version is posted with it). */
    boolean posted() {
        return getVersion() != null;
    }

    /** A posted form may lack questions (or have null entries); the page shows one field per question. */
    void fillChecklist(int questions) {
        for (int i = 0; i < questions; i++) {
            if (i >= getChecklist().size()) {
                getChecklist().add(new DraftChecklistField());
            } else if (getChecklist().get(i) == null) {
                getChecklist().set(i, new DraftChecklistField());
            }
        }
    }

    /** What to store: only the werkwijze's sections and questions, blank choices as "not chosen". */
    DraftChanges toChanges(MeetingModeView view) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (VerslagSection s : view.sections()) {
            String text = getSections().get(s.code());
            if (text != null) {
                texts.put(s.code(), text.strip());
            }
        }
        Map<Long, Boolean> present = new LinkedHashMap<>();
        getAttendance().forEach((id, choice) -> {
            if (PRESENT.equals(choice) || ABSENT.equals(choice)) {
                present.put(id, PRESENT.equals(choice));
            }
        });
        List<ChecklistAnswer> answers = new ArrayList<>();
        List<String> questions = view.checklistQuestions();
        for (int i = 0; i < questions.size(); i++) {
            DraftChecklistField field = i < getChecklist().size() && getChecklist().get(i) != null
                    ? getChecklist().get(i) : new DraftChecklistField();
            answers.add(ChecklistAnswer.of(i, questions.get(i), field.getAnswer(), field.isNotPresent()));
        }
        return new DraftChanges(getVersion() == null ? 0 : getVersion(), texts, present,
                new DraftRegie(getRegiehouderId(), getFixedContactId(), getMonitoringById()),
                blankToNull(getMonitoringFrequency()), blankToNull(getMonitoringChannel()), answers, getNextMeetingOn(),
                blankToNull(getNextMeetingNote()), new HashSet<>(getNextParticipantIds()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
