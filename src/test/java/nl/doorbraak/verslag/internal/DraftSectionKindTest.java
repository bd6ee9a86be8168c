package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DraftSectionKindTest {

    @Test
    void structuredSectionsAreKnownByTheirCode() {
        assertThat(DraftSectionKind.of("afspraken")).isEqualTo(DraftSectionKind.AGREEMENTS);
        assertThat(DraftSectionKind.of("regie")).isEqualTo(DraftSectionKind.REGIE);
        assertThat(DraftSectionKind.of("communicatie-monitoring")).isEqualTo(DraftSectionKind.MONITORING);
    }

    @Test
    void aSectionCodeARegionAddedIsFreeText() {
        assertThat(DraftSectionKind.of("eigen-onderdeel")).isEqualTo(DraftSectionKind.TEXT);
        assertThat(DraftSectionKind.of("geschiedenis")).isEqualTo(DraftSectionKind.TEXT);
    }
}
