package nl.doorbraak.casefile.internal;

import static nl.doorbraak.casefile.internal.CaseLifecycleTest.NOW;
import static nl.doorbraak.casefile.internal.CaseLifecycleTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import nl.doorbraak.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseClosureLifecycleTest {

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"GEPLAND", "IN_UITVOERING"})
    void aPlannedOrRunningCaseClosesWithAPassendAanbod(CaseStatus status) {
        CaseLifecycle lifecycle = new CaseLifecycle(status);
        lifecycle.closeWithOffer(3, NOW, "Eigen school");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.AFGESLOTEN);
        assertThat(lifecycle.recordedEvents())
                .containsExactly(new CaseEvent(CaseEventType.AFGESLOTEN, 3, NOW, "Eigen school"));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"GEPLAND", "IN_UITVOERING"}, mode = EnumSource.Mode.EXCLUDE)
    void aPassendAanbodNeedsACaseThatWentToATable(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).closeWithOffer(1, NOW, "x"), "case.refused.noTableForOffer");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"AANGEMELD", "IN_VOOROVERLEG", "TOEGELATEN", "GEPLAND", "IN_UITVOERING"})
    void everySubmittedOpenCaseClosesForAnotherReason(CaseStatus status) {
        CaseLifecycle lifecycle = new CaseLifecycle(status);
        lifecycle.closeForReason(1, NOW, ClosureReason.VERHUISD, null, "Verhuisd");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.AFGESLOTEN);
        assertThat(lifecycle.recordedEvents()).extracting(CaseEvent::type)
                .containsExactly(CaseEventType.AFGESLOTEN_ZONDER_AANBOD);
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CONCEPT", "TERUGGESTUURD", "AFGEWEZEN", "GESTOPT", "AFGESLOTEN"})
    void draftsAndEndedCasesCannotBeClosed(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).closeForReason(1, NOW, ClosureReason.VERHUISD, null, "x"),
                "case.refused.notClosable");
    }

    @Test
    void closingForAnotherReasonNeedsTheReasonAndAnExplanationForAnders() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.TOEGELATEN);
        assertRefused(() -> lifecycle.closeForReason(1, NOW, null, null, "x"), "case.refused.closureReasonRequired");
        assertRefused(() -> lifecycle.closeForReason(1, NOW, ClosureReason.ANDERS, " ", "x"),
                "case.refused.explanationRequired");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.TOEGELATEN);
        assertThat(lifecycle.recordedEvents()).isEmpty();
    }

    @Test
    void reopeningReturnsToTheStatusClosedFromWithTheReasonOnTheTimeline() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.IN_UITVOERING);
        lifecycle.closeWithOffer(1, NOW, "SO");
        lifecycle.reopen(2, NOW, CaseStatus.IN_UITVOERING, "Plaatsing ging niet door.");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.IN_UITVOERING);
        assertThat(lifecycle.recordedEvents()).extracting(CaseEvent::type)
                .containsExactly(CaseEventType.AFGESLOTEN, CaseEventType.HEROPEND);
        assertThat(lifecycle.recordedEvents().get(1).reason()).isEqualTo("Plaatsing ging niet door.");
    }

    @Test
    void reopeningNeedsAReasonAndAClosedCase() {
        assertRefused(() -> new CaseLifecycle(CaseStatus.AFGESLOTEN).reopen(1, NOW, CaseStatus.GEPLAND, ""),
                "case.refused.reasonRequired");
        assertRefused(() -> new CaseLifecycle(CaseStatus.GESTOPT).reopen(1, NOW, CaseStatus.GEPLAND, "r"),
                "case.refused.notClosed");
        assertRefused(() -> new CaseLifecycle(CaseStatus.AFGESLOTEN).reopen(1, NOW, CaseStatus.CONCEPT, "r"),
                "case.refused.notClosed");
    }
}
