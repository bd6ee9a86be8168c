package nl.doorbraak.casefile.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.doorbraak.api.ApiController;
import nl.doorbraak.api.ApiProblem;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseNotFound;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.ClosureService;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * GET /api/v1/casussen and /api/v1/casussen/{id}: the cases the caller may see, by the same need-to-know rules,
 * audit and 404s as the case pages. Roles without case rights (beleid, leertafel, privacy, beheer) get an empty
 * list rather than 403, so an integration needs no special case for them.
 */
@ApiController
@RequestMapping("/api/v1/casussen")
@Tag(name = "Casussen", description = "De casussen die u mag zien: als coördinator of voorzitter die van uw regio's, "
        + "als verwijzer of deelnemer de casussen waar u aan meedoet, en uw eigen concepten. Elke keer dat u "
        + "casussen opvraagt, leggen we dat vast in het auditlog.")
class CaseApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CaseFiles caseFiles;
    private final ClosureService closures;

    CaseApiController(CaseFiles caseFiles, ClosureService closures) {
        this.caseFiles = caseFiles;
        this.closures = closures;
    }

    @Operation(summary = "Casussen die u mag zien",
            description = "Een pagina casussen, nieuwste eerst, zonder persoonsgegevens. Rollen zonder toegang tot "
                    + "casussen (beleid, leertafel, privacy, beheer) krijgen een lege lijst.")
    @ApiResponse(responseCode = "200", description = "Een pagina casussen")
    @ApiResponse(responseCode = "400", description = "Pagina, grootte of status klopt niet",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Niet ingelogd en geen geldige API-sleutel",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping
    CaseApiPage list(
            @Parameter(description = "Paginanummer, vanaf 0", example = "0")
            @RequestParam(defaultValue = "0") int pagina,
            @Parameter(description = "Casussen per pagina, 1 tot en met 100", example = "25")
            @RequestParam(defaultValue = "25") int grootte,
            @Parameter(description = "Alleen casussen met deze status", example = "AANGEMELD")
            @RequestParam(required = false) CaseStatus status) {
        if (pagina < 0) {
            throw ApiProblem.invalid("pagina", "casefile.api.page");
        }
        if (grootte < 1 || grootte > MAX_PAGE_SIZE) {
            throw ApiProblem.invalid("grootte", "casefile.api.pageSize");
        }
        return CaseApiPage.of(caseFiles.visibleTo(CurrentUsers.get(), status, pagina, grootte));
    }

    @Operation(summary = "Eén casus",
            description = "De casus met de jongere, de toestemming, de aanleiding, de kernvraag, de klokken, de "
                    + "tijdlijn, de uitkomst en de doorlooptijden. Een casus die niet bestaat of die u niet mag zien, geeft 404.")
    @ApiResponse(responseCode = "200", description = "De casus")
    @ApiResponse(responseCode = "401", description = "Niet ingelogd en geen geldige API-sleutel",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "404", description = "Deze casus bestaat niet of u mag hem niet zien",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/{id}")
    CaseApiDetail detail(@Parameter(description = "Id van de casus", example = "1042") @PathVariable long id) {
        try {
            CaseView view = caseFiles.view(CurrentUsers.get(), id);
            return CaseApiDetail.of(view, closures.panel(CurrentUsers.get(), id));
        } catch (CaseNotFound notVisible) {
            throw CaseApiErrors.notFound();
        }
    }
}
