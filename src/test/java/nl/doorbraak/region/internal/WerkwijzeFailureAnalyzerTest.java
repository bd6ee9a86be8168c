package nl.doorbraak.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

class WerkwijzeFailureAnalyzerTest {

    @Test
    void reportsTheFileAndFieldOfARefusedWerkwijzeWhenTheStartFails() {
        WerkwijzeException refused = new WerkwijzeException("werkwijzen/amsterdam.yml", "tafels[0].cadans.weekdag", "ontbreekt");
        FailureAnalysis analysis = new WerkwijzeFailureAnalyzer()
                .analyze(new BeanCreationException("werkwijzen", "Error creating bean", refused));
        assertThat(analysis.getDescription())
                .isEqualTo("Werkwijze-bestand werkwijzen/amsterdam.yml, veld tafels[0].cadans.weekdag: ontbreekt");
        assertThat(analysis.getAction()).contains("werkwijzen/amsterdam.yml");
    }
}
