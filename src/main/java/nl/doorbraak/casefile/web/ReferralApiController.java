package nl.doorbraak.casefile.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import nl.doorbraak.api.ApiController;
import nl.doorbraak.api.ApiProblem;
import nl.doorbraak.casefile.internal.CaseAccess;
import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseTransitionRefused;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.InputRefused;
import nl.doorbraak.casefile.internal.ReferralInput;
import nl.doorbraak.casefile.internal.ReferralLimitReached;
import nl.doorbraak.casefile.internal.ReferralService;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * POST /api/v1/aanmeldingen: a referral from a school administration system, through the same ReferralService
 * (rules, consent, routing, mail, audit, the coordinators' duplicate check) as the form. Like the form, the answer
 * does not tell whether the youth already has an open case.
 */
@ApiController
@Tag(name = "Aanmeldingen", description = "Een jongere aanmelden voor de doorbraaktafel, bijvoorbeeld vanuit een "
        + "leerlingadministratie. Er gelden dezelfde regels als in het formulier: eerst toestemming.")
class ReferralApiController {

    private final ReferralService referrals;
    private final CaseFiles caseFiles;
    private final ReferralFormOptions options;

    ReferralApiController(ReferralService referrals, CaseFiles caseFiles, ReferralFormOptions options) {
        this.referrals = referrals;
        this.caseFiles = caseFiles;
        this.options = options;
    }

    @Operation(summary = "Een jongere aanmelden",
            description = "Dient een aanmelding in (of slaat hem op als concept met \"concept\": true). De coördinator "
                    + "van de regio krijgt bericht en kijkt na of er al een casus voor deze jongere is; het antwoord "
                    + "hier is daarvoor altijd hetzelfde. Met een sessie van de browser is een CSRF-token nodig; met "
                    + "een API-sleutel niet.")
    @ApiResponse(responseCode = "201", description = "Aangemeld; de kop Location wijst naar de casus")
    @ApiResponse(responseCode = "400", description = "De aanmelding klopt niet; 'errors' zegt per veld wat er mist",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Niet ingelogd en geen geldige API-sleutel",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Uw rol mag niet aanmelden, of het CSRF-token ontbreekt",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "De aanvraag is groter dan de API aanneemt",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "De aanvraag is geen JSON",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "429", description = "U kunt vandaag geen aanmeldingen meer indienen",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/api/v1/aanmeldingen")
    ResponseEntity<CaseApiSummary> create(@Valid @RequestBody ReferralApiRequest request) {
        CurrentUser user = CurrentUsers.get();
        if (!CaseAccess.mayRefer(user)) {
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "casefile.api.mayNotRefer");
        }
        if (request.regio() != null && !user.worksInRegion(request.regio())) {
            throw ApiProblem.invalid("regio", "casefile.api.region.notYours");
        }
        ReferralInput input = request.toInput(options.prefilled(user));
        long id;
        try {
            id = request.draftOnly() ? referrals.saveDraft(user, request.regio(), null, 0, input)
                    : referrals.submit(user, request.regio(), null, 0, input);
        } catch (InputRefused refused) {
            throw CaseApiErrors.invalid(refused);
        } catch (CaseTransitionRefused refused) {
            throw ApiProblem.of(HttpStatus.CONFLICT, refused.messageKey());
        } catch (ReferralLimitReached limit) {
            throw ApiProblem.of(HttpStatus.TOO_MANY_REQUESTS, "casefile.api.limitReached");
        }
        // like the form, which shows the new case next: an audited read of what was just stored
        CaseView created = caseFiles.view(user, id);
        return ResponseEntity.created(URI.create("/api/v1/casussen/" + id))
                .body(CaseApiSummary.of(created.details(), created.clocks().tableOverdue()));
    }
}
