package nl.doorbraak.casefile.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.internal.CaseDetails;
import nl.doorbraak.casefile.internal.CaseListItem;
import nl.doorbraak.organisation.SchoolType;

/** One case in the API's list: no personal data, only what a list needs to pick a case. */
@Schema(description = "Een casus in de lijst. Zonder persoonsgegevens: de naam van de jongere staat alleen in de casus zelf.")
record CaseApiSummary(
        @Schema(example = "1042") long id,
        @Schema(description = "Slug van de regio.", example = "utrecht") String regio,
        @Schema(example = "AANGEMELD") CaseStatus status,
        @Schema(example = "Utrecht") String gemeente,
        @Schema(example = "VO") SchoolType schoolsoort,
        @Schema(description = "Wanneer de aanmelding is ingediend; leeg bij een concept.") OffsetDateTime aangemeldOp,
        @Schema(description = "Uiterste datum voor de tafel, waar de regio die belooft.") LocalDate tafelUiterlijkOp,
        @Schema(description = "true als de tafel later is dan de regio belooft.") boolean teLaat) {

    static CaseApiSummary of(CaseListItem item) {
        return new CaseApiSummary(item.id(), item.regionSlug(), item.status(), item.municipality(), item.schoolType(),
                item.submittedAt(), item.tableDeadline(), item.overdue());
    }

    static CaseApiSummary of(CaseDetails details, boolean overdue) {
        return new CaseApiSummary(details.id(), details.regionSlug(), details.status(), details.municipality(),
                details.schoolType(), details.submittedAt(), details.tableDeadline(), overdue);
    }
}
