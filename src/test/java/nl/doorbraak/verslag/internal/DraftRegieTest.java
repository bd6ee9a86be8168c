package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.AgendaPerson;
import org.junit.jupiter.api.Test;

class DraftRegieTest {

    static final long CHAIR = 500L;
    static final AgendaPerson SCHOOL = new AgendaPerson(1, 100L, "Mentor", "School", null, "SCHOOL");
    static final AgendaPerson PARENT = new AgendaPerson(2, null, "Ouder", null, null, "OUDER");
    /** The chair is never a participant; should a data error make them one, the rule still refuses. */
    static final AgendaPerson CHAIR_AS_PARTICIPANT = new AgendaPerson(3, CHAIR, "Voorzitter", null, null, "SPECIALIST");

    static AgendaEntry entry() {
        LocalDateTime start = LocalDateTime.of(2026, 3, 2, 9, 0);
        return new AgendaEntry(7, 8, 9, "utrecht", "actietafel", start, start.plusHours(2), LocalTime.of(9, 0),
                LocalTime.of(10, 0), "Wijkcentrum", CHAIR, false, List.of(SCHOOL, PARENT, CHAIR_AS_PARTICIPANT));
    }

    @Test
    void acceptsAParticipantAsRegiehouderAndAnotherAsFixedContact() {
        assertThat(new DraftRegie(1L, 2L, 1L).refusals(entry())).isEmpty();
    }

    @Test
    void acceptsNothingChosenYet() {
        assertThat(new DraftRegie(null, null, null).refusals(entry())).isEmpty();
    }

    @Test
    void refusesRegiehouderWhoIsChair() {
        assertThat(new DraftRegie(3L, null, null).refusals(entry()))
                .containsExactly(new DraftRefusal("regiehouderId", "verslag.regie.notChair"));
    }

    @Test
    void refusesRegiehouderWhoIsNotAParticipant() {
        assertThat(new DraftRegie(42L, 43L, 44L).refusals(entry())).extracting(DraftRefusal::field)
                .containsExactly("regiehouderId", "fixedContactId", "monitoringById");
    }
}
