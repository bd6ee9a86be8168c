package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;

import nl.doorbraak.casefile.CaseStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CaseLifecycleTest {

    static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

    @Test
    void draftIsSubmittedTriagedAndAdmittedRecordingEachStep() {
        CaseLifecycle lifecycle = CaseLifecycle.draft(1, NOW);
        lifecycle.submit(1, NOW);
        lifecycle.startTriage(2, NOW);
        lifecycle.admit(2, NOW, "Voldoet.");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.TOEGELATEN);
        assertThat(lifecycle.recordedEvents()).extracting(CaseEvent::type).containsExactly(
                CaseEventType.CONCEPT_OPGESLAGEN, CaseEventType.AANGEMELD, CaseEventType.VOOROVERLEG_GESTART,
                CaseEventType.TOEGELATEN);
        assertThat(lifecycle.recordedEvents().get(3)).isEqualTo(new CaseEvent(CaseEventType.TOEGELATEN, 2, NOW, "Voldoet."));
    }

    @Test
    void aCaseSentBackWithAdviceIsResubmittedIntoANewTriageRound() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.IN_VOOROVERLEG);
        lifecycle.sendBack(2, NOW, "Eerst het ondersteuningsteam.");
        lifecycle.resubmit(1, NOW, "Gewijzigd: beschrijving");
        lifecycle.startTriage(2, NOW);
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.IN_VOOROVERLEG);
        assertThat(lifecycle.recordedEvents()).extracting(CaseEvent::type).containsExactly(
                CaseEventType.TERUGGESTUURD, CaseEventType.OPNIEUW_AANGEMELD, CaseEventType.VOOROVERLEG_GESTART);
        assertThat(lifecycle.recordedEvents().get(1).reason()).isEqualTo("Gewijzigd: beschrijving");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "TERUGGESTUURD", mode = EnumSource.Mode.EXCLUDE)
    void onlyACaseSentBackCanBeResubmitted(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).resubmit(1, NOW, null), "case.refused.notReturned");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "CONCEPT", mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBeSubmitted(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).submit(1, NOW), "case.refused.notDraft");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = "IN_VOOROVERLEG", mode = EnumSource.Mode.EXCLUDE)
    void decisionsOnlyInTriage(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).admit(1, NOW, "r"), "case.refused.notInTriage");
        assertRefused(() -> new CaseLifecycle(status).sendBack(1, NOW, "r"), "case.refused.notInTriage");
        assertRefused(() -> new CaseLifecycle(status).reject(1, NOW, "r"), "case.refused.notInTriage");
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"AANGEMELD", "IN_VOOROVERLEG"}, mode = EnumSource.Mode.EXCLUDE)
    void triageStartsOnlyForSubmittedCases(CaseStatus status) {
        assertRefused(() -> new CaseLifecycle(status).startTriage(1, NOW), "case.refused.notAwaitingTriage");
    }

    @Test
    void aDecisionNeedsAReason() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.IN_VOOROVERLEG);
        assertRefused(() -> lifecycle.reject(1, NOW, " "), "case.refused.reasonRequired");
        assertThat(lifecycle.status()).isEqualTo(CaseStatus.IN_VOOROVERLEG);
        assertThat(lifecycle.recordedEvents()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void consentWithdrawalStopsEveryOpenCaseAndNothingElse(CaseStatus status) {
        CaseLifecycle lifecycle = new CaseLifecycle(status);
        if (status.isOpen()) {
            lifecycle.withdrawConsent(1, NOW, "Ouders stoppen.");
            assertThat(lifecycle.status()).isEqualTo(CaseStatus.GESTOPT);
            assertThat(lifecycle.recordedEvents()).extracting(CaseEvent::type)
                    .containsExactly(CaseEventType.TOESTEMMING_INGETROKKEN);
        } else {
            assertRefused(() -> lifecycle.withdrawConsent(1, NOW, "r"), "case.refused.closed");
        }
    }

    @Test
    void stoppedRejectedAndReferredBackCasesAreReadOnly() {
        assertThat(EnumSet.of(CaseStatus.GESTOPT, CaseStatus.AFGEWEZEN, CaseStatus.TERUGGESTUURD))
                .noneMatch(CaseStatus::isOpen);
    }

    @Test
    void aJointDecisionWaitsWithAPartialDecisionEvent() {
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.AANGEMELD);
        lifecycle.startTriage(1, NOW);
        lifecycle.recordPartialDecision(1, NOW, "Ik laat toe.");
        lifecycle.startTriage(2, NOW);
        lifecycle.admit(2, NOW, "Wij ook.");
        assertThat(lifecycle.recordedEvents()).extracting(CaseEvent::type).containsExactly(
                CaseEventType.VOOROVERLEG_GESTART, CaseEventType.BESLUIT_VASTGELEGD, CaseEventType.TOEGELATEN);
    }

    static void assertRefused(Runnable transition, String key) {
        assertThatThrownBy(transition::run).isInstanceOf(CaseTransitionRefused.class)
                .extracting(e -> ((CaseTransitionRefused) e).messageKey()).isEqualTo(key);
    }
}
