package nl.doorbraak.casefile.internal;

import static nl.doorbraak.casefile.internal.CaseLifecycleTest.NOW;
import static nl.doorbraak.casefile.internal.CaseLifecycleTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import nl.doorbraak.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseFollowUpLifecycleTest {

    @Test
    void aRunningCaseGetsAFollowUpAndStaysRunning() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.IN_UITVOERING);
        lifecycle.planFollowUp(4, NOW);
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.IN_UITVOERING);
        assertThat(lifecycle.recordedEvents())
                .containsExactly(new CaseEvent(CaseEventType.VERVOLGOVERLEG_GEPLAND, 4, NOW, null));
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "IN_UITVOERING", mode = EnumSource.Mode.EXCLUDE)
    void refusesAFollowUpForACaseThatIsNotRunning(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).planFollowUp(1, NOW), "case.refused.notInExecution");
    }

    @Test
    void aSecondVerslagKeepsTheCaseRunningWithAnotherEvent() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.IN_UITVOERING);
        lifecycle.finaliseVerslag(2, NOW, "2026-12-01");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.IN_UITVOERING);
        assertThat(lifecycle.recordedEvents())
                .containsExactly(new CaseEvent(CaseEventType.VERSLAG_VASTGESTELD, 2, NOW, "2026-12-01"));
    }
}
