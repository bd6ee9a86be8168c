package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/** One row of a case list; {@code sector} tells which intake point the case belongs to. */
public record CaseListItem(long id, String regionSlug, CaseStatus status, String youthName, String municipality,
        SchoolType schoolType, OffsetDateTime submittedAt, LocalDate tableDeadline, boolean overdue, Sector sector) {
}
