package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;

/**
 * When a verslag is complete enough to finalise (the werkwijze's closing checklist included): lists everything
 * that is missing, in the order of the form, so the chair can fix it all in one go. Pure: no database, no Spring.
 */
public final class FinalisingRule {

    private FinalisingRule() {
    }

    /**
     * Questions about whether someone could tell their story may be answered "niet aanwezig" when that person was
     * not at the table (Utrecht's checklist: the pupil and the parent); every other question needs an answer.
     */
    public static boolean allowsNotPresent(String question) {
        return question.toLowerCase(Locale.ROOT).contains("alles kunnen vertellen");
    }

    /** A first version needs a case that went to the table: planned, or in execution after an earlier table. */
    static boolean caseAtTheTable(CaseStatus status) {
        return status == CaseStatus.GEPLAND || status == CaseStatus.IN_UITVOERING;
    }

    public static List<FinalisingProblem> check(FinalisingDraft draft, AgendaEntry entry, List<String> questions) {
        List<FinalisingProblem> problems = new ArrayList<>();
        attendance(draft, entry, problems);
        if (draft.agreements().stream().noneMatch(FinalisingRule::smart)) {
            problems.add(FinalisingProblem.of("agreement"));
        }
        dueAfterTheMeeting(draft, entry, problems);
        regiehouder(draft, entry, problems);
        if (participant(entry, draft.fixedContactId()).isEmpty()) {
            problems.add(FinalisingProblem.of("fixedContact"));
        }
        monitoring(draft, entry, problems);
        checklist(draft, questions, problems);
        if (draft.nextMeetingOn() == null) {
            problems.add(FinalisingProblem.of("nextMeeting"));
        }
        if (draft.nextParticipantIds().stream().noneMatch(id -> participant(entry, id).isPresent())) {
            problems.add(FinalisingProblem.of("nextParticipants"));
        }
        return List.copyOf(problems);
    }

    private static void attendance(FinalisingDraft draft, AgendaEntry entry, List<FinalisingProblem> problems) {
        entry.participants().stream().filter(p -> !draft.attendance().containsKey(p.id()))
                .forEach(p -> problems.add(FinalisingProblem.of("attendance", p.name())));
    }

    private static boolean smart(FinalisingDraft.Agreement a) {
        return filled(a.what()) && filled(a.result()) && a.dueOn() != null;
    }

    /** Agreements made before this rule existed may carry a deadline on or before the meeting's day. */
    private static void dueAfterTheMeeting(FinalisingDraft draft, AgendaEntry entry, List<FinalisingProblem> problems) {
        LocalDate meetingDay = entry.meetingStartsAt().toLocalDate();
        draft.agreements().stream().filter(a -> a.dueOn() != null && !a.dueOn().isAfter(meetingDay))
                .forEach(a -> problems.add(FinalisingProblem.of("agreementDue", a.what())));
    }

    private static void regiehouder(FinalisingDraft draft, AgendaEntry entry, List<FinalisingProblem> problems) {
        Optional<AgendaPerson> regiehouder = participant(entry, draft.regiehouderId());
        if (regiehouder.isEmpty()) {
            problems.add(FinalisingProblem.of("regiehouder"));
        } else if (regiehouder.get().userId() != null && entry.chairedBy(regiehouder.get().userId())) {
            problems.add(FinalisingProblem.of("regiehouderIsChair"));
        }
    }

    private static void monitoring(FinalisingDraft draft, AgendaEntry entry, List<FinalisingProblem> problems) {
        if (!filled(draft.monitoringFrequency())) {
            problems.add(FinalisingProblem.of("monitoringFrequency"));
        }
        if (!filled(draft.monitoringChannel())) {
            problems.add(FinalisingProblem.of("monitoringChannel"));
        }
        if (participant(entry, draft.monitoringById()).isEmpty()) {
            problems.add(FinalisingProblem.of("monitoringBy"));
        }
    }

    private static void checklist(FinalisingDraft draft, List<String> questions, List<FinalisingProblem> problems) {
        for (int i = 0; i < questions.size(); i++) {
            String question = questions.get(i);
            FinalisingDraft.Answer answer = draft.checklist().get(i);
            boolean absentAllowed = answer != null && answer.notPresent() && allowsNotPresent(question);
            if (answer != null && answer.notPresent() && !allowsNotPresent(question)) {
                problems.add(FinalisingProblem.of("checklistNotPresent", question));
            } else if (!absentAllowed && (answer == null || !answer.answered())) {
                problems.add(FinalisingProblem.of("checklist", question));
            }
        }
    }

    static Optional<AgendaPerson> participant(AgendaEntry entry, Long participantId) {
        if (participantId == null) {
            return Optional.empty();
        }
        return entry.participants().stream().filter(p -> p.id() == participantId).findFirst();
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank();
    }
}
