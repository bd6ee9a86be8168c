package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChecklistRulesTest {

    static final String PUPIL = "Heeft de leerling alles kunnen vertellen?";
    static final String PARENT = "Heeft de ouder / verzorger alles kunnen vertellen?";
    static final String GOAL = "Is het doel duidelijk en is er overeenstemming over het doel?";

    @Test
    void thePupilAndParentQuestionsAllowNietAanwezig() {
        assertThat(ChecklistQuestion.allowsNotPresent(PUPIL)).isTrue();
        assertThat(ChecklistQuestion.allowsNotPresent(PARENT)).isTrue();
        assertThat(ChecklistQuestion.allowsNotPresent(GOAL)).isFalse();
    }

    @Test
    void acceptsNietAanwezigForThePupilQuestion() {
        ChecklistAnswer answer = ChecklistAnswer.of(0, PUPIL, "", true);
        assertThat(answer.notPresent()).isTrue();
        assertThat(answer.answered()).isTrue();
        assertThat(ChecklistCompleteness.unanswered(List.of(PUPIL), List.of(answer))).isEmpty();
    }

    @Test
    void nietAanwezigStandsInForTypedText() {
        ChecklistAnswer answer = ChecklistAnswer.of(0, PUPIL, "Ja", true);
        assertThat(answer.answer()).isNull();
        assertThat(answer.notPresent()).isTrue();
    }

    @Test
    void ignoresNietAanwezigWhereTheQuestionDoesNotAllowIt() {
        ChecklistAnswer answer = ChecklistAnswer.of(2, GOAL, " ", true);
        assertThat(answer.notPresent()).isFalse();
        assertThat(answer.answered()).isFalse();
    }

    @Test
    void refusesBlankChecklistAnswer() {
        List<String> questions = List.of(PUPIL, PARENT, GOAL);
        List<ChecklistAnswer> answers = List.of(ChecklistAnswer.of(0, PUPIL, "Ja, uitgebreid", false),
                ChecklistAnswer.of(1, PARENT, "  ", false));
        assertThat(ChecklistCompleteness.unanswered(questions, answers)).containsExactly(1, 2);
    }

    @Test
    void aBlankAnswerIsStoredAsNothing() {
        assertThat(ChecklistAnswer.of(1, PARENT, "   ", false).answer()).isNull();
    }
}
