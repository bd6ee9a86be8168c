package nl.doorbraak.verslag.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class AgreementProposalTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** The verslag is written the day after the meeting. */
    static final LocalDate MEETING = TODAY.minusDays(1);
    static final Set<Long> PARTICIPANTS = Set.of(11L, 12L);

    static AgreementProposal smart() {
        return new AgreementProposal("Plek op VSO regelen", 11L, TODAY.plusDays(14), "Gesprek met de school",
                "Leerling heeft een startdatum");
    }

    static AgreementProposal with(String what, Long owner, LocalDate due, String result) {
        return new AgreementProposal(what, owner, due, null, result);
    }

    @Test
    void acceptsASmartAgreement() {
        assertThat(smart().refusals(TODAY, MEETING, PARTICIPANTS)).isEmpty();
    }

    @Test
    void acceptsAnAgreementDueToday() {
        assertThat(with("Bellen", 12L, TODAY, "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS)).isEmpty();
    }

    @Test
    void refusesAgreementWithoutOwner() {
        assertThat(with("Bellen", null, TODAY, "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("ownerId", "verslag.agreement.ownerRequired"));
    }

    @Test
    void refusesAgreementWhoseOwnerIsNotAParticipant() {
        assertThat(with("Bellen", 99L, TODAY, "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("ownerId", "verslag.agreement.ownerRequired"));
    }

    @Test
    void refusesAgreementWithoutDeadline() {
        assertThat(with("Bellen", 11L, null, "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("dueOn", "verslag.agreement.dueRequired"));
    }

    @Test
    void refusesAgreementWithADeadlineInThePast() {
        assertThat(with("Bellen", 11L, TODAY.minusDays(1), "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("dueOn", "verslag.agreement.dueInPast"));
    }

    @Test
    void refusesADeadlineOnTheDayOfTheMeeting() {
        assertThat(with("Bellen", 11L, TODAY, "Gebeld").refusals(TODAY, TODAY, PARTICIPANTS))
                .containsExactly(new DraftRefusal("dueOn", "verslag.agreement.dueNotAfterMeeting"));
    }

    @Test
    void refusesADeadlineBeforeAMeetingStillAhead() {
        assertThat(with("Bellen", 11L, TODAY.plusDays(3), "Gebeld").refusals(TODAY, TODAY.plusDays(5), PARTICIPANTS))
                .containsExactly(new DraftRefusal("dueOn", "verslag.agreement.dueNotAfterMeeting"));
        assertThat(with("Bellen", 11L, TODAY.plusDays(6), "Gebeld").refusals(TODAY, TODAY.plusDays(5), PARTICIPANTS))
                .isEmpty();
    }

    @Test
    void refusesAgreementWithoutResult() {
        assertThat(with("Bellen", 11L, TODAY, "  ").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("result", "verslag.agreement.resultRequired"));
    }

    @Test
    void refusesAgreementWithoutWhat() {
        assertThat(with("", 11L, TODAY, "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("what", "verslag.agreement.whatRequired"));
    }

    @Test
    void refusesTextLongerThanTheColumn() {
        assertThat(with("x".repeat(1001), 11L, TODAY, "Gebeld").refusals(TODAY, MEETING, PARTICIPANTS))
                .containsExactly(new DraftRefusal("what", "verslag.text.tooLong"));
    }
}
