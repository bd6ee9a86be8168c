package nl.doorbraak.anonymity.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.doorbraak.anonymity.AnonymityCheck;
import nl.doorbraak.anonymity.AnonymityResult;
import nl.doorbraak.anonymity.IdentifierHit;
import nl.doorbraak.anonymity.IdentifierKind;
import nl.doorbraak.api.ApiController;
import nl.doorbraak.api.ApiProblem;
import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.common.Role;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * POST /api/v1/leertafel/anonimiteitscheck: the identifier check for leertafel members and coordinators. The text is
 * never logged or audited; the audit row says only that a check was done and how many hits of each kind it found
 * (the check looks names up among everyone the system knows, so who checks is on record). No transaction around
 * it: the check changes nothing, and a refusal's DENIED row must stay when the 403 is thrown.
 */
@ApiController
@Tag(name = "Leertafel", description = "Casuïstiek voor de leertafel, zonder gegevens die iemand herkenbaar maken.")
class AnonymityCheckApiController {

    static final String ACTION = "ANONIMITEITSCHECK";

    private final AnonymityCheck check;
    private final AuditLog audit;

    AnonymityCheckApiController(AnonymityCheck check, AuditLog audit) {
        this.check = check;
        this.audit = audit;
    }

    @Operation(summary = "Een tekst controleren op gegevens die iemand herkenbaar maken",
            description = "Zoekt in een Nederlandse tekst naar namen (veelvoorkomende namen en iedereen die het "
                    + "systeem kent), BSN-nummers (elfproef), postcodes, telefoonnummers, e-mailadressen, "
                    + "internetadressen, adressen, datums, verjaardagen en namen van scholen en organisaties. "
                    + "Elke treffer heeft een plek (start en eind), een soort en een reden in gewone taal. "
                    + "De tekst wordt niet bewaard. Voor leden van de leertafel en coördinatoren. Met een sessie "
                    + "van de browser is een CSRF-token nodig; met een API-sleutel niet.")
    @ApiResponse(responseCode = "200", description = "De uitkomst: schoon, of de treffers")
    @ApiResponse(responseCode = "400", description = "De tekst ontbreekt, is leeg of is langer dan 20000 tekens, "
            + "of de aanvraag is geen geldige JSON", content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Niet ingelogd en geen geldige API-sleutel",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "403", description = "Uw rol is geen leertafel of coördinator, of het CSRF-token ontbreekt",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "413", description = "De aanvraag is groter dan de API aanneemt",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "415", description = "De aanvraag is geen JSON",
            content = @Content(mediaType = "application/problem+json"))
    @PostMapping("/api/v1/leertafel/anonimiteitscheck")
    AnonymityCheckResponse check(@RequestBody(required = false) AnonymityCheckRequest request, Authentication user) {
        if (!mayCheck(user)) {
            audit.record(AuditEvent.of(ACTION, "TEKST", null).withOutcome(AuditOutcome.DENIED)
                    .withDetails("rol is geen leertafel of coördinator"));
            throw ApiProblem.of(HttpStatus.FORBIDDEN, "anonymity.api.notAllowed");
        }
        // checked here, after the role, so that someone who may not check learns nothing from the answer
        if (request == null || request.tekst() == null || request.tekst().isBlank()) {
            throw ApiProblem.invalid("tekst", "anonymity.api.tekst.required");
        }
        if (request.tekst().length() > AnonymityCheckRequest.MAX) {
            throw ApiProblem.invalid("tekst", "anonymity.api.tekst.tooLong");
        }
        AnonymityResult result = check.check(request.tekst());
        audit.record(AuditEvent.of(ACTION, "TEKST", null).withDetails(summary(result)));
        return AnonymityCheckResponse.of(result);
    }

    private static boolean mayCheck(Authentication user) {
        return user != null && user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(a -> a.equals(Role.LEERTAFEL.authority()) || a.equals(Role.COORDINATOR.authority()));
    }

    /** "3 treffers: NAAM 2, DATUM 1" — counts only, never the text. */
    private static String summary(AnonymityResult result) {
        if (result.clean()) {
            return "schoon";
        }
        Map<IdentifierKind, Long> counts = new EnumMap<>(IdentifierKind.class);
        for (IdentifierHit hit : result.hits()) {
            counts.merge(hit.kind(), 1L, Long::sum);
        }
        return result.hits().size() + " treffers: " + counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }
}
