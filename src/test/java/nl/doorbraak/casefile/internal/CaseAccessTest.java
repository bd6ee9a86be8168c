package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseAccessTest {

    static final long REFERRER = 10;
    static final long PARTICIPANT = 11;
    static final CaseFacts UTRECHT_CASE = new CaseFacts(1, "utrecht", CaseStatus.AANGEMELD, REFERRER, Set.of(REFERRER, PARTICIPANT));

    static CurrentUser user(long id, String region, Role... roles) {
        return new CurrentUser(id, "u" + id, "U " + id, null, Set.of(region), Set.of(roles));
    }

    @Test
    void referrerAndParticipantSeeTheirCase() {
        assertThat(CaseAccess.maySee(user(REFERRER, "utrecht", Role.VERWIJZER), UTRECHT_CASE)).isTrue();
        assertThat(CaseAccess.maySee(user(PARTICIPANT, "utrecht", Role.DEELNEMER), UTRECHT_CASE)).isTrue();
    }

    @Test
    void otherReferrersInTheSameRegionDoNotSeeIt() {
        assertThat(CaseAccess.maySee(user(99, "utrecht", Role.VERWIJZER), UTRECHT_CASE)).isFalse();
        assertThat(CaseAccess.maySee(user(99, "utrecht", Role.DEELNEMER), UTRECHT_CASE)).isFalse();
    }

    @Test
    void coordinatorsSeeTheirRegionOnly() {
        assertThat(CaseAccess.maySee(user(20, "utrecht", Role.COORDINATOR), UTRECHT_CASE)).isTrue();
        assertThat(CaseAccess.maySee(user(22, "amsterdam", Role.COORDINATOR), UTRECHT_CASE)).isFalse();
    }

    @Test
    void aChairSeesOnlyTheCasesOnTheAgendaOfMeetingsTheyChair() {
        CaseFacts onAgenda = UTRECHT_CASE.withChairs(Set.of(21L));
        assertThat(CaseAccess.maySee(user(21, "utrecht", Role.VOORZITTER), onAgenda)).isTrue();
        assertThat(CaseAccess.maySee(user(21, "utrecht", Role.VOORZITTER), UTRECHT_CASE)).isFalse();
        assertThat(CaseAccess.maySee(user(24, "utrecht", Role.VOORZITTER), onAgenda)).as("another chair of the region")
                .isFalse();
        assertThat(CaseAccess.maySee(user(23, "amsterdam", Role.VOORZITTER), UTRECHT_CASE)).isFalse();
    }

    @Test
    void aChairDecidesNothingOnTheCasesTheySee() {
        CaseFacts onAgenda = UTRECHT_CASE.withChairs(Set.of(21L));
        CurrentUser chair = user(21, "utrecht", Role.VOORZITTER);
        assertThat(CaseAccess.mayTriage(chair, onAgenda)).isFalse();
        assertThat(CaseAccess.mayAssign(chair, onAgenda)).isFalse();
        assertThat(CaseAccess.mayWithdrawConsent(chair, onAgenda)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"BELEID", "LEERTAFEL", "PRIVACY", "BEHEERDER"})
    void rolesWithoutCaseRightsSeeNothingEvenInTheRegion(Role role) {
        assertThat(CaseAccess.maySee(user(30, "utrecht", role), UTRECHT_CASE)).isFalse();
    }

    @Test
    void severalRolesGiveTheUnionOfRights() {
        CurrentUser policyAndChair = user(31, "utrecht", Role.BELEID, Role.VOORZITTER);
        assertThat(CaseAccess.maySee(policyAndChair, UTRECHT_CASE.withChairs(Set.of(31L)))).isTrue();
        assertThat(CaseAccess.maySee(policyAndChair, UTRECHT_CASE)).isFalse();
        CurrentUser chairAndParticipant = user(PARTICIPANT, "utrecht", Role.VOORZITTER, Role.DEELNEMER);
        assertThat(CaseAccess.maySee(chairAndParticipant, UTRECHT_CASE)).as("takes part otherwise").isTrue();
    }

    @Test
    void aDraftIsTheReferrersAloneAndNotInTheRegion() {
        CaseFacts draft = new CaseFacts(2, "utrecht", CaseStatus.CONCEPT, REFERRER, Set.of(REFERRER));
        assertThat(CaseAccess.maySee(user(REFERRER, "utrecht", Role.VERWIJZER), draft)).isTrue();
        assertThat(CaseAccess.mayEditDraft(user(REFERRER, "utrecht", Role.VERWIJZER), draft)).isTrue();
        assertThat(CaseAccess.maySee(user(20, "utrecht", Role.COORDINATOR), draft)).isFalse();
    }

    @Test
    void onlyTheRegionsCoordinatorsTriage() {
        assertThat(CaseAccess.mayTriage(user(20, "utrecht", Role.COORDINATOR), UTRECHT_CASE)).isTrue();
        assertThat(CaseAccess.mayTriage(user(21, "utrecht", Role.VOORZITTER), UTRECHT_CASE)).isFalse();
        assertThat(CaseAccess.mayTriage(user(REFERRER, "utrecht", Role.VERWIJZER), UTRECHT_CASE)).isFalse();
    }

    @Test
    void referrerAndCoordinatorsRecordAWithdrawnConsentParticipantsDoNot() {
        assertThat(CaseAccess.mayWithdrawConsent(user(REFERRER, "utrecht", Role.VERWIJZER), UTRECHT_CASE)).isTrue();
        assertThat(CaseAccess.mayWithdrawConsent(user(20, "utrecht", Role.COORDINATOR), UTRECHT_CASE)).isTrue();
        assertThat(CaseAccess.mayWithdrawConsent(user(PARTICIPANT, "utrecht", Role.DEELNEMER), UTRECHT_CASE)).isFalse();
        CaseFacts stopped = new CaseFacts(3, "utrecht", CaseStatus.GESTOPT, REFERRER, Set.of(REFERRER));
        assertThat(CaseAccess.mayWithdrawConsent(user(REFERRER, "utrecht", Role.VERWIJZER), stopped)).isFalse();
    }

    @Test
    void onlyCoordinatorsSeeWholeRegionsChairsTheirAgendaAndOnlyProfessionalsTheCasesTheyTakePartIn() {
        assertThat(CaseAccess.scope(user(20, "utrecht", Role.COORDINATOR), Map.of(), Set.of(7L)).wholeRegions())
                .containsExactly("utrecht");
        CaseScope chair = CaseAccess.scope(user(21, "utrecht", Role.VOORZITTER), Map.of(), Set.of(7L));
        assertThat(chair.wholeRegions()).isEmpty();
        assertThat(chair.chairedCases()).containsExactly(7L);
        assertThat(CaseAccess.scope(user(REFERRER, "utrecht", Role.VERWIJZER), Map.of(), Set.of(7L)).isEmpty()).isTrue();
        assertThat(CaseAccess.scope(user(30, "utrecht", Role.BELEID), Map.of(), Set.of()).isEmpty()).isTrue();
        assertThat(CaseAccess.seesCasesTakenPartIn(user(PARTICIPANT, "utrecht", Role.DEELNEMER))).isTrue();
        assertThat(CaseAccess.seesCasesTakenPartIn(user(21, "utrecht", Role.VOORZITTER))).isFalse();
    }
}
