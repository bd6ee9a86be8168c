package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.junit.jupiter.api.Test;

class FollowupRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private static CurrentUser user(long id, Role role, String region) {
        return new CurrentUser(id, "u" + id, "U " + id, null, Set.of(region), Set.of(role));
    }

    private static FollowupAgreement agreement(Long ownerUserId, String status) {
        return new FollowupAgreement(1, 2, 3, 4, "Intake plannen", 5, ownerUserId, TODAY.plusDays(3), null,
                "Intake staat", status, null, null, null);
    }

    @Test
    void onlyTheOwnerMarksDoneOrReportsAProblem() {
        assertThat(FollowupRules.mayReport(user(7, Role.DEELNEMER, "utrecht"), agreement(7L, "OPEN"))).isTrue();
        assertThat(FollowupRules.mayReport(user(8, Role.DEELNEMER, "utrecht"), agreement(7L, "OPEN"))).isFalse();
        assertThat(FollowupRules.mayReport(user(7, Role.COORDINATOR, "utrecht"), agreement(null, "OPEN"))).isFalse();
    }

    @Test
    void theRegiehouderOrACoordinatorOfTheRegionDirects() {
        assertThat(FollowupRules.mayDirect(user(7, Role.DEELNEMER, "utrecht"), true, "utrecht")).isTrue();
        assertThat(FollowupRules.mayDirect(user(7, Role.DEELNEMER, "utrecht"), false, "utrecht")).isFalse();
        assertThat(FollowupRules.mayDirect(user(9, Role.COORDINATOR, "utrecht"), false, "utrecht")).isTrue();
        assertThat(FollowupRules.mayDirect(user(9, Role.COORDINATOR, "amsterdam"), false, "utrecht")).isFalse();
        assertThat(FollowupRules.mayDirect(user(9, Role.VOORZITTER, "utrecht"), false, "utrecht")).isFalse();
    }

    @Test
    void refusesDoneWithoutAResultNote() {
        assertThat(FollowupRules.done(agreement(7L, "OPEN"), "  "))
                .containsExactly(new FollowupRefusal("resultNote", "afspraken.done.note.required"));
        assertThat(FollowupRules.done(agreement(7L, "PROBLEEM"), "Intake was op 3 maart.")).isEmpty();
        assertThat(FollowupRules.done(agreement(7L, "GEDAAN"), "Nog eens."))
                .containsExactly(FollowupRefusal.global("afspraken.refused.alreadyDone"));
    }

    @Test
    void refusesAProblemWithoutADescription() {
        assertThat(FollowupRules.problem(agreement(7L, "OPEN"), null))
                .containsExactly(new FollowupRefusal("problem", "afspraken.problem.description.required"));
    }

    @Test
    void refusesADeadlineChangeWithoutReasonOrInThePast() {
        FollowupAgreement open = agreement(7L, "OPEN");
        assertThat(FollowupRules.deadline(open, TODAY.plusDays(10), "", TODAY))
                .containsExactly(new FollowupRefusal("reason", "afspraken.deadline.reason.required"));
        assertThat(FollowupRules.deadline(open, TODAY.minusDays(1), "School is dicht.", TODAY))
                .containsExactly(new FollowupRefusal("newDueOn", "afspraken.deadline.date.past"));
        assertThat(FollowupRules.deadline(open, null, "School is dicht.", TODAY))
                .containsExactly(new FollowupRefusal("newDueOn", "afspraken.deadline.date.required"));
        assertThat(FollowupRules.deadline(open, open.dueOn(), "School is dicht.", TODAY))
                .containsExactly(new FollowupRefusal("newDueOn", "afspraken.deadline.date.same"));
        assertThat(FollowupRules.deadline(open, TODAY, "School is dicht.", TODAY)).isEmpty();
    }

    @Test
    void activatesAScenarioOnceWithAReasonADeadlineAndAResult() {
        assertThat(FollowupRules.activation(false, "Intake ging niet door.", TODAY.plusDays(5), "Nieuw overleg", TODAY))
                .isEmpty();
        assertThat(FollowupRules.activation(true, "Intake ging niet door.", TODAY.plusDays(5), "Nieuw overleg", TODAY))
                .containsExactly(FollowupRefusal.global("afspraken.scenario.refused.activated"));
        assertThat(FollowupRules.activation(false, " ", null, "", TODAY)).extracting(FollowupRefusal::field)
                .containsExactly("reason", "dueOn", "result");
    }

    @Test
    void aClosedOrStoppedCaseChangesNoMore() {
        assertThat(FollowupRules.closed(CaseStatus.AFGESLOTEN)).isTrue();
        assertThat(FollowupRules.closed(CaseStatus.GESTOPT)).isTrue();
        assertThat(FollowupRules.closed(CaseStatus.IN_UITVOERING)).isFalse();
    }
}
