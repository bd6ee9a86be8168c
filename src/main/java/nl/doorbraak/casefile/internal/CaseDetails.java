package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/** The content of one case as its page shows it. */
public record CaseDetails(long id, String regionSlug, CaseStatus status, String youthName, LocalDate youthBirthDate,
        String municipality, Long schoolOrganisationId, String schoolName, SchoolType schoolType, boolean noSchool,
        Boolean enrolled, Boolean startkwalificatie, Trigger trigger, LocalDate outOfSchoolSince, String description,
        String kernvraag, long referrerUserId, String referrerName, String referrerOrganisation, String referrerContact,
        Sector sector, LegalBasis legalBasis, LocalDate tableDeadline, OffsetDateTime createdAt,
        OffsetDateTime submittedAt, OffsetDateTime decidedAt, OffsetDateTime stoppedAt, int version) {
}
