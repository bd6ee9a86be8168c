package nl.doorbraak.casefile.internal;

import java.time.LocalDate;

import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/** Everything a referral form holds; a draft may leave most of it empty. Text is already trimmed (blank = null). */
public record ReferralInput(
        String youthName, LocalDate youthBirthDate, String municipality,
        Long schoolOrganisationId, SchoolType schoolType, boolean noSchool, Boolean enrolled, Boolean startkwalificatie,
        Guardian guardian1, Guardian guardian2,
        Trigger trigger, LocalDate outOfSchoolSince, String description, String kernvraag,
        String referrerName, String referrerOrganisation, String referrerContact, Sector sector, LegalBasis legalBasis,
        Consent consent) {

    /** A parent or guardian: a name and how to reach them. */
    public record Guardian(String name, String contact) {

        public boolean isEmpty() {
            return name == null && contact == null;
        }
    }
}
