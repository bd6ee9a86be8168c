package nl.doorbraak.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which parts of a referral the referrer changed between its return with advice and its resubmission, as the form's
 * field keys ({@code referral.field.*}). The timeline names them, so the vooroverleg sees what is new. Pure.
 */
final class ReferralChanges {

    private ReferralChanges() {
    }

    static List<String> between(CaseDetails before, List<ReferralInput.Guardian> guardiansBefore, ReferralInput after) {
        List<String> changed = new ArrayList<>();
        note(changed, "youthName", before.youthName(), after.youthName());
        note(changed, "youthBirthDate", before.youthBirthDate(), after.youthBirthDate());
        note(changed, "municipality", before.municipality(), after.municipality());
        note(changed, "school", List.of(before.noSchool(), Objects.toString(before.schoolOrganisationId()),
                Objects.toString(before.schoolType()), Objects.toString(before.enrolled()),
                Objects.toString(before.startkwalificatie())), List.of(after.noSchool(),
                Objects.toString(after.schoolOrganisationId()), Objects.toString(after.schoolType()),
                Objects.toString(after.enrolled()), Objects.toString(after.startkwalificatie())));
        note(changed, "guardians", guardiansBefore, present(List.of(after.guardian1(), after.guardian2())));
        note(changed, "trigger", before.trigger(), after.trigger());
        note(changed, "outOfSchoolSince", before.outOfSchoolSince(), after.outOfSchoolSince());
        note(changed, "description", before.description(), after.description());
        note(changed, "kernvraag", before.kernvraag(), after.kernvraag());
        note(changed, "referrer", List.of(Objects.toString(before.referrerName()),
                Objects.toString(before.referrerOrganisation()), Objects.toString(before.referrerContact()),
                Objects.toString(before.sector())), List.of(Objects.toString(after.referrerName()),
                Objects.toString(after.referrerOrganisation()), Objects.toString(after.referrerContact()),
                Objects.toString(after.sector())));
        return changed;
    }

    private static List<ReferralInput.Guardian> present(List<ReferralInput.Guardian> guardians) {
        return guardians.stream().filter(g -> g != null && g.name() != null).toList();
    }

    private static void note(List<String> changed, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changed.add(field);
        }
    }
}
