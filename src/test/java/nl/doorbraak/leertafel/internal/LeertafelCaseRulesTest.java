package nl.doorbraak.leertafel.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.doorbraak.leertafel.internal.LeertafelCaseRules.Audience;
import org.junit.jupiter.api.Test;

/** Who sees a leertafelcasus, and when a hit the author marked is accepted. */
class LeertafelCaseRulesTest {

    static final Audience AUTHOR = new Audience(true, false, false, true, false);
    static final Audience COORDINATOR = new Audience(false, true, false, false, false);
    static final Audience CHAIR = new Audience(false, false, true, false, false);
    static final Audience MEMBER = new Audience(false, false, false, true, false);
    static final Audience MEMBER_A_WEEK_BEFORE = new Audience(false, false, false, true, true);

    @Test
    void showsADraftOnlyToItsAuthor() {
        assertThat(LeertafelCaseRules.maySee(false, AUTHOR)).isTrue();
        assertThat(LeertafelCaseRules.maySee(false, COORDINATOR)).isFalse();
        assertThat(LeertafelCaseRules.maySee(false, CHAIR)).isFalse();
        assertThat(LeertafelCaseRules.maySee(false, MEMBER_A_WEEK_BEFORE)).isFalse();
    }

    @Test
    void showsASubmittedCaseToCoordinatorsAndChairsAndToMembersFromAWeekBeforeItsSession() {
        assertThat(LeertafelCaseRules.maySee(true, COORDINATOR)).isTrue();
        assertThat(LeertafelCaseRules.maySee(true, CHAIR)).isTrue();
        assertThat(LeertafelCaseRules.maySee(true, MEMBER)).isFalse();
        assertThat(LeertafelCaseRules.maySee(true, MEMBER_A_WEEK_BEFORE)).isTrue();
        assertThat(LeertafelCaseRules.maySee(true, new Audience(false, false, false, false, true))).isFalse();
    }

    @Test
    void letsOnlyTheAuthorChangeADraftAndShowsTheOverridesToChairAndCoordinators() {
        assertThat(LeertafelCaseRules.mayEdit(false, AUTHOR)).isTrue();
        assertThat(LeertafelCaseRules.mayEdit(true, AUTHOR)).isFalse();
        assertThat(LeertafelCaseRules.mayEdit(false, COORDINATOR)).isFalse();
        assertThat(LeertafelCaseRules.seesOverrides(CHAIR)).isTrue();
        assertThat(LeertafelCaseRules.seesOverrides(COORDINATOR)).isTrue();
        assertThat(LeertafelCaseRules.seesOverrides(MEMBER_A_WEEK_BEFORE)).isFalse();
    }

    @Test
    void acceptsAMarkedHitOnlyWithAReasonAndForThatVeryPhrase() {
        LeertafelCaseHit bakker = new LeertafelCaseHit(CaseTextField.SITUATIE, 0, 4, 10, "NAAM", "Een achternaam",
                "Bakker");
        LeertafelCaseHit phone = new LeertafelCaseHit(CaseTextField.INTERVENTIE, 1, 0, 11, "TELEFOON", "Een nummer",
                "06-12345678");

        LeertafelCaseJudgement judged = LeertafelCaseJudgement.of(List.of(bakker, phone), List.of(
                new LeertafelCaseMarking(CaseTextField.SITUATIE, 0, "NAAM", "Bakker", " Het beroep, geen naam "),
                new LeertafelCaseMarking(CaseTextField.INTERVENTIE, 0, "TELEFOON", "06-12345678", "Verzonnen")));

        assertThat(judged.accepted()).containsExactly(
                new LeertafelCaseMarking(CaseTextField.SITUATIE, 0, "NAAM", "Bakker", "Het beroep, geen naam"));
        assertThat(judged.unresolved()).containsExactly(phone);
        assertThat(judged.passes()).isFalse();

        LeertafelCaseJudgement noReason = LeertafelCaseJudgement.of(List.of(bakker),
                List.of(new LeertafelCaseMarking(CaseTextField.SITUATIE, 0, "NAAM", "Bakker", " ")));
        assertThat(noReason.withoutReason()).containsExactly(bakker);
        assertThat(noReason.passes()).isFalse();
    }

    @Test
    void countsHitsPerKindWithoutTheirText() {
        assertThat(LeertafelCaseJudgement.countsPerKind(List.of("NAAM", "BSN", "NAAM"))).isEqualTo("BSN 1, NAAM 2");
    }

    @Test
    void asksASubmissionForEveryFieldTheDatabaseRequires() {
        LeertafelCaseDraft empty = new LeertafelCaseDraft(null, null, null, null, null, null, null, null, null, null,
                null);
        assertThat(LeertafelCaseRules.missingForSubmission(empty).stream().map(m -> m[0]).toList())
                .containsExactly("title", "ageBand", "schoolType", "sector", "outOfSchoolBand", "processBand",
                        "situation", "question");
    }
}
