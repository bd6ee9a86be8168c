package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ConsentRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    static Consent by(boolean guardian, boolean youth) {
        return new Consent(guardian, youth, TODAY.minusDays(1), ConsentMethod.MONDELING, true, true);
    }

    static LocalDate bornYearsAgo(int years) {
        return TODAY.minusYears(years).minusDays(10);
    }

    @Test
    void underTwelveTheParentConsents() {
        assertThat(ConsentRules.check(by(true, false), bornYearsAgo(11), TODAY)).isEmpty();
        assertThat(ConsentRules.check(by(false, true), bornYearsAgo(11), TODAY))
                .containsExactly(new FieldProblem("consentByGuardian", "referral.consent.guardianRequired"));
    }

    @Test
    void fromTwelveToFifteenBothConsent() {
        assertThat(ConsentRules.check(by(true, true), bornYearsAgo(12), TODAY)).isEmpty();
        assertThat(ConsentRules.check(by(true, true), bornYearsAgo(15), TODAY)).isEmpty();
        assertThat(ConsentRules.check(by(true, false), bornYearsAgo(12), TODAY))
                .containsExactly(new FieldProblem("consentByGuardian", "referral.consent.bothRequired"));
        assertThat(ConsentRules.check(by(false, true), bornYearsAgo(15), TODAY))
                .containsExactly(new FieldProblem("consentByGuardian", "referral.consent.bothRequired"));
    }

    @Test
    void fromSixteenTheYouthConsentsAlone() {
        assertThat(ConsentRules.check(by(false, true), bornYearsAgo(16), TODAY)).isEmpty();
        assertThat(ConsentRules.check(by(true, false), bornYearsAgo(17), TODAY))
                .containsExactly(new FieldProblem("consentByGuardian", "referral.consent.youthRequired"));
    }

    @Test
    void withoutAnyConsentTheReferralIsRefusedSayingWhy() {
        assertThat(ConsentRules.check(by(false, false), bornYearsAgo(14), TODAY))
                .containsExactly(new FieldProblem("consentByGuardian", "referral.consent.missing"));
    }

    @Test
    void consentDateMethodAndPurposesAreRequiredAndTheDateNotInTheFuture() {
        Consent incomplete = new Consent(true, false, TODAY.plusDays(1), null, true, false);
        assertThat(ConsentRules.check(incomplete, bornYearsAgo(8), TODAY)).extracting(FieldProblem::messageKey)
                .containsExactlyInAnyOrder("referral.consent.date.future", "referral.consent.method.required",
                        "referral.consent.purpose.required");
    }
}
