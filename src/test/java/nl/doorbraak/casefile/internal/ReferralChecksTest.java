package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;
import org.junit.jupiter.api.Test;

class ReferralChecksTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    static final List<String> MUNICIPALITIES = List.of("Utrecht");

    static ReferralInput referral(LocalDate birth, LocalDate since, String kernvraag) {
        return new ReferralInput("Fictief Kind", birth, "Utrecht", null, SchoolType.VO, false, true, false,
                new ReferralInput.Guardian("Ouder", "06"), new ReferralInput.Guardian(null, null), Trigger.THUISZITTER,
                since, "Beschrijving", kernvraag, "Verwijzer", "School", "v@school.example", Sector.VO,
                LegalBasis.WETTELIJKE_TAAK, new Consent(true, true, TODAY, ConsentMethod.SCHRIFTELIJK, true, true));
    }

    static List<String> keys(ReferralInput input) {
        return ReferralChecks.forSubmission(input, MUNICIPALITIES, TODAY).stream().map(FieldProblem::messageKey).toList();
    }

    @Test
    void aCompleteReferralPasses() {
        assertThat(keys(referral(TODAY.minusYears(14), TODAY.minusMonths(2), "Welke school?"))).isEmpty();
    }

    @Test
    void birthDateInTheFutureIsRefused() {
        assertThat(keys(referral(TODAY.plusDays(1), TODAY, "Vraag"))).contains("referral.youthBirthDate.future");
    }

    @Test
    void youthOlderThanTwentyThreeIsRefused() {
        assertThat(keys(referral(TODAY.minusYears(24), TODAY.minusMonths(1), "Vraag"))).contains("referral.youthBirthDate.tooOld");
        assertThat(keys(referral(TODAY.minusYears(23), TODAY.minusMonths(1), "Vraag"))).doesNotContain("referral.youthBirthDate.tooOld");
    }

    @Test
    void sinceDateBeforeBirthOrInTheFutureIsRefused() {
        assertThat(keys(referral(TODAY.minusYears(10), TODAY.minusYears(11), "Vraag"))).contains("referral.since.beforeBirth");
        assertThat(keys(referral(TODAY.minusYears(10), TODAY.plusDays(1), "Vraag"))).contains("referral.since.future");
    }

    @Test
    void missingKernvraagIsRefused() {
        assertThat(keys(referral(TODAY.minusYears(10), TODAY.minusDays(5), null))).containsExactly("referral.kernvraag.required");
    }

    @Test
    void aDraftNeedsOnlyWhoItIsAbout() {
        ReferralInput draft = new ReferralInput("Fictief Kind", TODAY.minusYears(9), null, null, null, false, null, null,
                new ReferralInput.Guardian(null, null), new ReferralInput.Guardian(null, null), null, null, null, null,
                null, null, null, null, null, new Consent(false, false, null, null, false, false));
        assertThat(ReferralChecks.forDraft(draft, TODAY)).isEmpty();
        assertThat(ReferralChecks.forSubmission(draft, MUNICIPALITIES, TODAY)).extracting(FieldProblem::messageKey)
                .contains("referral.kernvraag.required", "referral.consent.missing", "referral.municipality.required");
    }
}
