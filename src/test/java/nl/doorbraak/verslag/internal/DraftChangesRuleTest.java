package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class DraftChangesRuleTest {

    static DraftChanges changes(Map<Long, Boolean> attendance, String frequency, Set<Long> next) {
        return new DraftChanges(0, Map.of("zorg", "Jeugdhulp"), attendance, new DraftRegie(null, null, null), frequency,
                null, List.of(ChecklistAnswer.of(0, "Heeft de leerling alles kunnen vertellen?", null, true)), null, null,
                next);
    }

    @Test
    void acceptsADraftAboutTheItemsOwnParticipants() {
        assertThat(DraftChangesRule.refusals(changes(Map.of(1L, true, 2L, false), "WEKELIJKS", Set.of(1L)), Set.of(1L, 2L)))
                .isEmpty();
    }

    @Test
    void refusesAttendanceOrNextMeetingOfSomeoneWhoIsNotAParticipant() {
        assertThat(DraftChangesRule.refusals(changes(Map.of(9L, true), null, Set.of()), Set.of(1L)))
                .containsExactly(DraftRefusal.global("verslag.participant.unknown"));
        assertThat(DraftChangesRule.refusals(changes(Map.of(), null, Set.of(9L)), Set.of(1L)))
                .containsExactly(DraftRefusal.global("verslag.participant.unknown"));
    }

    @Test
    void refusesAnUnknownMonitoringFrequency() {
        assertThat(DraftChangesRule.refusals(changes(Map.of(), "DAGELIJKS", Set.of()), Set.of()))
                .containsExactly(new DraftRefusal("monitoringFrequency", "verslag.monitoring.frequencyUnknown"));
    }
}
