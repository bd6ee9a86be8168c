package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ClosureChecksTest {

    static final LocalDate SINCE = LocalDate.of(2025, 1, 6);
    static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    static ClosureInput offer(OfferType type, String place, LocalDate startsOn) {
        return new ClosureInput(OutcomeKind.PASSEND_AANBOD, type, place, startsOn, null, null);
    }

    @Test
    void acceptsACompleteAanbod() {
        assertThat(ClosureChecks.check(offer(OfferType.SO_VSO, "De Brug", TODAY.plusWeeks(2)), SINCE, TODAY)).isEmpty();
    }

    @Test
    void refusesAnAanbodWithoutTypePlaceOrDate() {
        assertThat(ClosureChecks.check(offer(null, " ", null), SINCE, TODAY)).extracting(FieldProblem::field)
                .containsExactly("offerType", "place", "startsOn");
    }

    @Test
    void refusesAStartBeforeOutOfSchoolOrFarAhead() {
        assertThat(ClosureChecks.check(offer(OfferType.EIGEN_SCHOOL, "X", SINCE.minusDays(1)), SINCE, TODAY))
                .containsExactly(new FieldProblem("startsOn", "closure.startsOn.beforeOutOfSchool"));
        assertThat(ClosureChecks.check(offer(OfferType.EIGEN_SCHOOL, "X", TODAY.plusMonths(3).plusDays(1)), SINCE, TODAY))
                .containsExactly(new FieldProblem("startsOn", "closure.startsOn.tooFarAhead"));
    }

    @Test
    void refusesAnotherReasonWithoutCodeAndAndersWithoutExplanation() {
        assertThat(ClosureChecks.check(new ClosureInput(OutcomeKind.ANDERE_REDEN, null, null, null, null, null), SINCE, TODAY))
                .containsExactly(new FieldProblem("reason", "closure.reason.required"));
        assertThat(ClosureChecks.check(new ClosureInput(OutcomeKind.ANDERE_REDEN, null, null, null, ClosureReason.ANDERS,
                "  "), SINCE, TODAY)).containsExactly(new FieldProblem("explanation", "closure.explanation.required"));
        assertThat(ClosureChecks.check(new ClosureInput(null, null, null, null, null, null), SINCE, TODAY))
                .containsExactly(new FieldProblem("kind", "closure.kind.required"));
    }
}
