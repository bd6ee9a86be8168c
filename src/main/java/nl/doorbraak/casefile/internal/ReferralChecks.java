package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * The rules a referral must meet, beyond the form's field formats. A draft needs only who it is about; a
 * submitted referral needs everything the table needs, and consent first. Pure: today is passed in.
 */
public final class ReferralChecks {

    static final int MAXIMUM_AGE = 23;

    private ReferralChecks() {
    }

    public static List<FieldProblem> forDraft(ReferralInput input, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, input.youthName(), "youthName", "referral.youthName.required");
        checkBirthDate(problems, input.youthBirthDate(), today);
        if (Boolean.FALSE.equals(input.enrolled()) && input.schoolOrganisationId() != null) {
            // a youth who is not enrolled has no school of their own to name
            problems.add(new FieldProblem("schoolOrganisationId", "referral.school.notEnrolled"));
        }
        return problems;
    }

    public static List<FieldProblem> forSubmission(ReferralInput input, List<String> municipalities, LocalDate today) {
        List<FieldProblem> problems = forDraft(input, today);
        if (input.municipality() == null || !municipalities.contains(input.municipality())) {
            problems.add(new FieldProblem("municipality", "referral.municipality.required"));
        }
        if (!input.noSchool() && input.schoolType() == null) {
            problems.add(new FieldProblem("schoolType", "referral.schoolType.required"));
        }
        required(problems, input.enrolled(), "enrolled", "referral.enrolled.required");
        required(problems, input.startkwalificatie(), "startkwalificatie", "referral.startkwalificatie.required");
        required(problems, input.guardian1().name(), "guardian1Name", "referral.guardian.required");
        required(problems, input.trigger(), "trigger", "referral.trigger.required");
        checkSince(problems, input.outOfSchoolSince(), input.youthBirthDate(), today);
        required(problems, input.description(), "description", "referral.description.required");
        required(problems, input.kernvraag(), "kernvraag", "referral.kernvraag.required");
        required(problems, input.referrerName(), "referrerName", "referral.referrerName.required");
        required(problems, input.referrerContact(), "referrerContact", "referral.referrerContact.required");
        required(problems, input.sector(), "sector", "referral.sector.required");
        required(problems, input.legalBasis(), "legalBasis", "referral.legalBasis.required");
        problems.addAll(ConsentRules.check(input.consent(), input.youthBirthDate(), today));
        return problems;
    }

    private static void checkBirthDate(List<FieldProblem> problems, LocalDate birthDate, LocalDate today) {
        if (birthDate == null) {
            problems.add(new FieldProblem("youthBirthDate", "referral.youthBirthDate.required"));
        } else if (birthDate.isAfter(today)) {
            problems.add(new FieldProblem("youthBirthDate", "referral.youthBirthDate.future"));
        } else if (Period.between(birthDate, today).getYears() > MAXIMUM_AGE) {
            problems.add(new FieldProblem("youthBirthDate", "referral.youthBirthDate.tooOld"));
        }
    }

    private static void checkSince(List<FieldProblem> problems, LocalDate since, LocalDate birthDate, LocalDate today) {
        if (since == null) {
            problems.add(new FieldProblem("outOfSchoolSince", "referral.since.required"));
        } else if (since.isAfter(today)) {
            problems.add(new FieldProblem("outOfSchoolSince", "referral.since.future"));
        } else if (birthDate != null && since.isBefore(birthDate)) {
            problems.add(new FieldProblem("outOfSchoolSince", "referral.since.beforeBirth"));
        }
    }

    private static void required(List<FieldProblem> problems, Object value, String field, String key) {
        if (value == null) {
            problems.add(new FieldProblem(field, key));
        }
    }
}
