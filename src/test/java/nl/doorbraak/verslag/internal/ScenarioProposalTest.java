package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class ScenarioProposalTest {

    @Test
    void acceptsAScenarioWithIfThenAndOwner() {
        assertThat(new ScenarioProposal("De plek gaat niet door", "Opschalen naar de kernpartners", 3L)
                .refusals(Set.of(3L))).isEmpty();
    }

    @Test
    void refusesScenarioWithoutOwner() {
        assertThat(new ScenarioProposal("Als", "Dan", null).refusals(Set.of(3L)))
                .containsExactly(new DraftRefusal("scenarioOwnerId", "verslag.scenario.ownerRequired"));
    }

    @Test
    void refusesScenarioWithoutIfOrThen() {
        assertThat(new ScenarioProposal(" ", null, 3L).refusals(Set.of(3L))).extracting(DraftRefusal::field)
                .containsExactly("ifThis", "thenThat");
    }
}
