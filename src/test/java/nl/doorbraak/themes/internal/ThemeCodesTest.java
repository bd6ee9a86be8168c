package nl.doorbraak.themes.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ThemeCodesTest {

    @Test
    void derivesALowerCaseCodeWithoutAccentsFromTheName() {
        assertThat(ThemeCodes.derive("Financiering onderwijs-zorg (wie betaalt)", c -> false))
                .isEqualTo("financiering-onderwijs-zorg-wie-betaalt");
        assertThat(ThemeCodes.derive("Ondersteuning op school / OPP", c -> false)).isEqualTo("ondersteuning-op-school-opp");
        assertThat(ThemeCodes.derive("Coördinatie één loket", c -> false)).isEqualTo("coordinatie-een-loket");
    }

    @Test
    void addsANumberWhenTheCodeIsTaken() {
        Set<String> taken = Set.of("vervoer", "vervoer-2");
        assertThat(ThemeCodes.derive("Vervoer", taken::contains)).isEqualTo("vervoer-3");
    }

    @Test
    void keepsCodesWithinSixtyFourCharactersAndMatchingTheSchema() {
        String code = ThemeCodes.derive("Een heel lang knelpunt ".repeat(8), c -> false);
        assertThat(code).hasSizeLessThanOrEqualTo(64).matches("^[a-z0-9]+(-[a-z0-9]+)*$");
        assertThat(ThemeCodes.derive("!!!", c -> false)).isEqualTo("thema");
    }
}
