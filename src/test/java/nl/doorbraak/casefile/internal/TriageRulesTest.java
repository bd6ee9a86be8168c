package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.region.Admission;
import org.junit.jupiter.api.Test;

class TriageRulesTest {

    static final Admission AMSTERDAM = new Admission("Vooroverleg", List.of(OrganisationType.SWV_VO, OrganisationType.LEERPLICHT),
            true, "Geen onderwijs", List.of("a", "b"), 1, List.of(), false, null);
    static final Admission UTRECHT = new Admission("Vooroverleg", List.of(OrganisationType.LEERPLICHT, OrganisationType.SWV_VO),
            false, "Geen onderwijs", List.of(), 0, List.of(), true, null);

    static TriageRules.Decision d(OrganisationType type, TriageChoice choice) {
        return new TriageRules.Decision(type, choice);
    }

    @Test
    void jointDecisionWaitsUntilEveryDeciderTypeDecided() {
        assertThat(TriageRules.outcome(AMSTERDAM, List.of(d(OrganisationType.SWV_VO, TriageChoice.TOELATEN)))).isEmpty();
        assertThat(TriageRules.outcome(AMSTERDAM, List.of(d(OrganisationType.SWV_VO, TriageChoice.TOELATEN),
                d(OrganisationType.LEERPLICHT, TriageChoice.TOELATEN)))).contains(CaseStatus.TOEGELATEN);
    }

    @Test
    void jointDecisionAdmitsOnlyWhenAllAdmit() {
        assertThat(TriageRules.outcome(AMSTERDAM, List.of(d(OrganisationType.SWV_VO, TriageChoice.TOELATEN),
                d(OrganisationType.LEERPLICHT, TriageChoice.TERUGVERWIJZEN)))).contains(CaseStatus.TERUGGESTUURD);
        assertThat(TriageRules.outcome(AMSTERDAM, List.of(d(OrganisationType.SWV_VO, TriageChoice.TERUGVERWIJZEN),
                d(OrganisationType.LEERPLICHT, TriageChoice.AFWIJZEN)))).contains(CaseStatus.AFGEWEZEN);
    }

    @Test
    void theLatestDecisionPerTypeCounts() {
        assertThat(TriageRules.outcome(AMSTERDAM, List.of(d(OrganisationType.SWV_VO, TriageChoice.AFWIJZEN),
                d(OrganisationType.SWV_VO, TriageChoice.TOELATEN), d(OrganisationType.LEERPLICHT, TriageChoice.TOELATEN))))
                .contains(CaseStatus.TOEGELATEN);
    }

    @Test
    void aloneOneDecisionIsTheOutcome() {
        assertThat(TriageRules.outcome(UTRECHT, List.of(d(OrganisationType.SWV_PO, TriageChoice.AFWIJZEN))))
                .contains(CaseStatus.AFGEWEZEN);
    }

    @Test
    void inAJointRegionOnlyTheNamedTypesDecide() {
        assertThat(TriageRules.mayDecide(AMSTERDAM, OrganisationType.LEERPLICHT)).isTrue();
        assertThat(TriageRules.mayDecide(AMSTERDAM, OrganisationType.SCHOOL)).isFalse();
        assertThat(TriageRules.mayDecide(AMSTERDAM, null)).isFalse();
        assertThat(TriageRules.mayDecide(UTRECHT, null)).isTrue();
    }
}
