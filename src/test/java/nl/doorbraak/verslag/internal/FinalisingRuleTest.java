package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;

/** The completeness rule before finalising, without Spring or a database. */
class FinalisingRuleTest {

    static final long CHAIR = 99;
    static final List<String> QUESTIONS = VerslagFixtures.utrechtChecklist();
    static final AgendaPerson PUPIL = new AgendaPerson(1, null, "Pupil", null, null, "JONGERE");
    static final AgendaPerson SCHOOL = new AgendaPerson(2, 20L, "Mentor", "School", "m@test.example", "SCHOOL");
    static final AgendaPerson PARTNER = new AgendaPerson(3, 30L, "Buurtteam", "Buurtteam", "b@test.example", "KERNPARTNER");
    static final AgendaEntry ENTRY = new AgendaEntry(7, 8, 9, "utrecht", "actietafel", LocalDateTime.of(2026, 12, 3, 9, 0),
            LocalDateTime.of(2026, 12, 3, 11, 0), LocalTime.of(9, 0), LocalTime.of(10, 0), "Wijkcentrum", CHAIR, false,
            List.of(PUPIL, SCHOOL, PARTNER));

    static Map<Integer, FinalisingDraft.Answer> allAnswered() {
        Map<Integer, FinalisingDraft.Answer> answers = new HashMap<>();
        IntStream.range(0, QUESTIONS.size()).forEach(i -> answers.put(i, new FinalisingDraft.Answer("Ja.", false)));
        return answers;
    }

    static FinalisingDraft draft(Long regiehouder, Map<Integer, FinalisingDraft.Answer> answers) {
        return new FinalisingDraft(1, "CONCEPT", 0, null, Map.of(), Map.of(1L, true, 2L, true, 3L, false),
                List.of(new FinalisingDraft.Agreement("Intake plannen", 2, LocalDate.of(2026, 12, 10), null, "Intake staat")),
                List.of(), regiehouder, 2L, "WEKELIJKS", "Per mail", 3L, answers, LocalDate.of(2027, 1, 14), null,
                Set.of(2L, 3L));
    }

    static List<String> problems(FinalisingDraft draft) {
        return FinalisingRule.check(draft, ENTRY, QUESTIONS).stream().map(FinalisingProblem::messageKey).toList();
    }

    @Test
    void acceptsACompleteDraft() {
        assertThat(problems(draft(3L, allAnswered()))).isEmpty();
    }

    @Test
    void refusesFinalisingWithAnAgreementDueOnOrBeforeTheMeetingDay() {
        FinalisingDraft complete = draft(3L, allAnswered());
        FinalisingDraft early = new FinalisingDraft(1, "CONCEPT", 0, null, Map.of(), complete.attendance(),
                List.of(complete.agreements().get(0),
                        new FinalisingDraft.Agreement("Ouders bellen", 2, LocalDate.of(2026, 12, 3), null, "Gebeld"),
                        new FinalisingDraft.Agreement("School mailen", 2, LocalDate.of(2026, 12, 1), null, "Gemaild")),
                List.of(), 3L, 2L, "WEKELIJKS", "Per mail", 3L, allAnswered(), LocalDate.of(2027, 1, 14), null,
                Set.of(2L, 3L));

        List<FinalisingProblem> found = FinalisingRule.check(early, ENTRY, QUESTIONS);

        assertThat(found).extracting(FinalisingProblem::messageKey)
                .containsExactly("verslagversie.missing.agreementDue", "verslagversie.missing.agreementDue");
        assertThat(found).extracting(p -> p.arguments().get(0)).containsExactly("Ouders bellen", "School mailen");
    }

    @Test
    void refusesFinalisingWithBlankChecklistAnswer() {
        Map<Integer, FinalisingDraft.Answer> answers = allAnswered();
        answers.put(0, new FinalisingDraft.Answer("  ", false));
        answers.remove(5);

        List<FinalisingProblem> found = FinalisingRule.check(draft(3L, answers), ENTRY, QUESTIONS);

        assertThat(found).extracting(FinalisingProblem::messageKey)
                .containsExactly("verslagversie.missing.checklist", "verslagversie.missing.checklist");
        assertThat(found).extracting(p -> p.arguments().get(0))
                .containsExactly("Heeft de leerling alles kunnen vertellen?", "Is het plan duidelijk?");
    }

    @Test
    void acceptsNietAanwezigForThePupil() {
        Map<Integer, FinalisingDraft.Answer> answers = allAnswered();
        answers.put(0, new FinalisingDraft.Answer(null, true));
        answers.put(1, new FinalisingDraft.Answer(null, true));

        assertThat(problems(draft(3L, answers))).isEmpty();
    }

    @Test
    void refusesNietAanwezigForAQuestionThatNeedsAnAnswer() {
        Map<Integer, FinalisingDraft.Answer> answers = allAnswered();
        answers.put(3, new FinalisingDraft.Answer(null, true));

        assertThat(problems(draft(3L, answers))).containsExactly("verslagversie.missing.checklistNotPresent");
    }

    @Test
    void refusesWithoutRegiehouder() {
        assertThat(problems(draft(null, allAnswered()))).containsExactly("verslagversie.missing.regiehouder");
    }

    @Test
    void refusesARegiehouderWhoIsNotAParticipant() {
        assertThat(problems(draft(42L, allAnswered()))).containsExactly("verslagversie.missing.regiehouder");
    }

    @Test
    void refusesTheChairAsRegiehouder() {
        AgendaPerson chairAsGuest = new AgendaPerson(4, CHAIR, "Voorzitter", null, null, "SPECIALIST");
        AgendaEntry entry = new AgendaEntry(7, 8, 9, "utrecht", "actietafel", ENTRY.meetingStartsAt(),
                ENTRY.meetingEndsAt(), ENTRY.slotStart(), ENTRY.slotEnd(), null, CHAIR, false,
                List.of(PUPIL, SCHOOL, PARTNER, chairAsGuest));
        FinalisingDraft draft = draft(4L, allAnswered());
        Map<Long, Boolean> attendance = new HashMap<>(draft.attendance());
        attendance.put(4L, true);
        FinalisingDraft withChair = new FinalisingDraft(1, "CONCEPT", 0, null, Map.of(), attendance, draft.agreements(),
                List.of(), 4L, 2L, "WEKELIJKS", "Per mail", 3L, allAnswered(), draft.nextMeetingOn(), null, Set.of(2L));

        assertThat(FinalisingRule.check(withChair, entry, QUESTIONS)).extracting(FinalisingProblem::messageKey)
                .containsExactly("verslagversie.missing.regiehouderIsChair");
    }

    @Test
    void refusesWithoutAttendanceAgreementContactMonitoringOrNextMeeting() {
        FinalisingDraft empty = new FinalisingDraft(1, "CONCEPT", 0, null, Map.of(), Map.of(1L, true), List.of(),
                List.of(), 3L, null, null, " ", null, allAnswered(), null, null, Set.of());

        assertThat(FinalisingRule.check(empty, ENTRY, QUESTIONS)).extracting(FinalisingProblem::messageKey).containsExactly(
                "verslagversie.missing.attendance", "verslagversie.missing.attendance",
                "verslagversie.missing.agreement", "verslagversie.missing.fixedContact",
                "verslagversie.missing.monitoringFrequency", "verslagversie.missing.monitoringChannel",
                "verslagversie.missing.monitoringBy", "verslagversie.missing.nextMeeting",
                "verslagversie.missing.nextParticipants");
    }

    @Test
    void anAgreementWithoutResultIsNotSmart() {
        FinalisingDraft base = draft(3L, allAnswered());
        FinalisingDraft vague = new FinalisingDraft(1, "CONCEPT", 0, null, Map.of(), base.attendance(),
                List.of(new FinalisingDraft.Agreement("Kijken wat kan", 2, null, null, " ")), List.of(), 3L, 2L,
                "WEKELIJKS", "Per mail", 3L, allAnswered(), base.nextMeetingOn(), null, base.nextParticipantIds());

        assertThat(problems(vague)).containsExactly("verslagversie.missing.agreement");
    }

    @Test
    void onlyTheTellingQuestionsAllowNietAanwezig() {
        assertThat(QUESTIONS.stream().filter(FinalisingRule::allowsNotPresent)).containsExactly(
                "Heeft de leerling alles kunnen vertellen?", "Heeft de ouder / verzorger alles kunnen vertellen?");
    }
}
