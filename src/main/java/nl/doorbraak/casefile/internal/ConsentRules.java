package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Consent first: under 12 a parent or guardian consents, from 12 to 15 both the parent and the youth, from 16
 * the youth alone. Consent must cover the referral and sharing with the table, with a date not in the future.
 */
public final class ConsentRules {

    static final int BOTH_FROM_AGE = 12;
    static final int YOUTH_ALONE_FROM_AGE = 16;

    private ConsentRules() {
    }

    public static List<FieldProblem> check(Consent consent, LocalDate birthDate, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!consent.givenByAnyone()) {
            problems.add(new FieldProblem("consentByGuardian", "referral.consent.missing"));
        } else if (birthDate != null) {
            LocalDate on = consent.givenOn() == null || consent.givenOn().isAfter(today) ? today : consent.givenOn();
            checkGivers(consent, Period.between(birthDate, on).getYears(), problems);
        }
        if (consent.givenOn() == null) {
            problems.add(new FieldProblem("consentDate", "referral.consent.date.required"));
        } else if (consent.givenOn().isAfter(today)) {
            problems.add(new FieldProblem("consentDate", "referral.consent.date.future"));
        }
        if (consent.method() == null) {
            problems.add(new FieldProblem("consentMethod", "referral.consent.method.required"));
        }
        if (!consent.forReferral() || !consent.forSharing()) {
            problems.add(new FieldProblem("consentForReferral", "referral.consent.purpose.required"));
        }
        return problems;
    }

    private static void checkGivers(Consent consent, int age, List<FieldProblem> problems) {
        if (age < BOTH_FROM_AGE && !consent.byGuardian()) {
            problems.add(new FieldProblem("consentByGuardian", "referral.consent.guardianRequired"));
        } else if (age >= BOTH_FROM_AGE && age < YOUTH_ALONE_FROM_AGE && !(consent.byGuardian() && consent.byYouth())) {
            problems.add(new FieldProblem("consentByGuardian", "referral.consent.bothRequired"));
        } else if (age >= YOUTH_ALONE_FROM_AGE && !consent.byYouth()) {
            problems.add(new FieldProblem("consentByGuardian", "referral.consent.youthRequired"));
        }
    }
}
