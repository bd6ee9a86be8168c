package nl.doorbraak.proposals.internal;

import static nl.doorbraak.proposals.internal.ProposalStatus.AANGENOMEN;
import static nl.doorbraak.proposals.internal.ProposalStatus.AFGEWEZEN;
import static nl.doorbraak.proposals.internal.ProposalStatus.INGEDIEND;
import static nl.doorbraak.proposals.internal.ProposalStatus.INGEVOERD;
import static nl.doorbraak.proposals.internal.ProposalStatus.IN_BEHANDELING;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The proposal's state machine, without Spring. */
class ProposalStatusTest {

    @Test
    void followsTheChainFromIngediendToIngevoerd() {
        assertThat(INGEDIEND.refusalOfMoveTo(IN_BEHANDELING)).isEmpty();
        assertThat(IN_BEHANDELING.refusalOfMoveTo(AANGENOMEN)).isEmpty();
        assertThat(AANGENOMEN.refusalOfMoveTo(INGEVOERD)).isEmpty();
    }

    @Test
    void refusesInvoeringBeforeAanname() {
        assertThat(INGEDIEND.refusalOfMoveTo(INGEVOERD)).contains("proposals.move.to.INGEVOERD");
        assertThat(IN_BEHANDELING.refusalOfMoveTo(INGEVOERD)).contains("proposals.move.to.INGEVOERD");
    }

    @Test
    void refusesAannameBeforeBehandeling() {
        assertThat(INGEDIEND.refusalOfMoveTo(AANGENOMEN)).contains("proposals.move.to.AANGENOMEN");
    }

    @Test
    void allowsAfwijzingUntilItIsIngevoerd() {
        assertThat(INGEDIEND.refusalOfMoveTo(AFGEWEZEN)).isEmpty();
        assertThat(IN_BEHANDELING.refusalOfMoveTo(AFGEWEZEN)).isEmpty();
        assertThat(AANGENOMEN.refusalOfMoveTo(AFGEWEZEN)).isEmpty();
        assertThat(INGEVOERD.refusalOfMoveTo(AFGEWEZEN)).contains("proposals.move.closed.INGEVOERD");
    }

    @Test
    void refusesEveryMoveAfterTheEnd() {
        for (ProposalStatus target : ProposalStatus.values()) {
            assertThat(INGEVOERD.refusalOfMoveTo(target)).isPresent();
            assertThat(AFGEWEZEN.refusalOfMoveTo(target)).contains("proposals.move.closed.AFGEWEZEN");
        }
    }

    @Test
    void refusesStayingWhereItIs() {
        assertThat(IN_BEHANDELING.refusalOfMoveTo(IN_BEHANDELING)).contains("proposals.move.same");
    }

    @Test
    void refusesGoingBack() {
        assertThat(AANGENOMEN.refusalOfMoveTo(IN_BEHANDELING)).contains("proposals.move.to.IN_BEHANDELING");
        assertThat(IN_BEHANDELING.refusalOfMoveTo(INGEDIEND)).contains("proposals.move.to.INGEDIEND");
    }

    @Test
    void isOpenUntilIngevoerdOrAfgewezen() {
        assertThat(ProposalStatus.openStatuses()).allMatch(ProposalStatus::open);
        assertThat(INGEVOERD.open()).isFalse();
        assertThat(AFGEWEZEN.open()).isFalse();
    }
}
