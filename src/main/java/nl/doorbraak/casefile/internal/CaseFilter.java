package nl.doorbraak.casefile.internal;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.organisation.SchoolType;

/** The coordinators' list filters; null means "any". */
public record CaseFilter(CaseStatus status, String municipality, SchoolType schoolType, boolean overdueOnly) {
}
