package nl.doorbraak.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.dossier.DossierContent;
import org.junit.jupiter.api.Test;

class DossierRulesTest {

    @Test
    void aDossierWithOnlyHistoryHasNoAnalysisToSend() {
        DossierContent onlyHistory = new DossierContent(null, " ", "", null, null, null, "Rooster aangepast.", null,
                null, null, null, null);
        assertThat(DossierRules.analysisEmpty(onlyHistory)).isTrue();
        assertThat(DossierRules.analysisEmpty(DossierRules.empty())).isTrue();
    }

    @Test
    void oneLifeDomainIsEnoughToSend() {
        DossierContent oneDomain = new DossierContent(null, null, null, null, null, "Geen maatregel.", null, null,
                null, null, null, null);
        assertThat(DossierRules.analysisEmpty(oneDomain)).isFalse();
    }

    @Test
    void theDossierIsPreparedFromAdmissionUntilExecutionAndSentOnlyOncePlanned() {
        assertThat(DossierRules.editableIn(CaseStatus.TOEGELATEN)).isTrue();
        assertThat(DossierRules.editableIn(CaseStatus.IN_UITVOERING)).isTrue();
        assertThat(DossierRules.editableIn(CaseStatus.AANGEMELD)).isFalse();
        assertThat(DossierRules.editableIn(CaseStatus.AFGESLOTEN)).isFalse();
        assertThat(DossierRules.sendableIn(CaseStatus.TOEGELATEN)).isFalse();
        assertThat(DossierRules.sendableIn(CaseStatus.GEPLAND)).isTrue();
    }
}
