package nl.doorbraak.anonymity.web;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorbraak.anonymity.AnonymityResult;
import nl.doorbraak.anonymity.IdentifierHit;
import nl.doorbraak.anonymity.IdentifierKind;

/** The answer of the check: clean or not, and each hit with its place, kind and reason. */
@Schema(description = "De uitkomst van de controle.")
record AnonymityCheckResponse(
        @Schema(description = "true als er niets in de tekst staat dat iemand herkenbaar maakt") boolean schoon,
        @Schema(description = "De treffers, op volgorde in de tekst") List<Treffer> treffers) {

    @Schema(description = "Een plek in de tekst die iemand herkenbaar kan maken.")
    record Treffer(
            @Schema(description = "Positie van het eerste teken (vanaf 0, in UTF-16-tekens zoals JavaScript telt)",
                    example = "0") int start,
            @Schema(description = "Positie na het laatste teken", example = "5") int eind,
            @Schema(description = "Het soort gegeven", example = "NAAM") IdentifierKind soort,
            @Schema(description = "Waarom dit iemand herkenbaar kan maken, in gewone taal",
                    example = "Dit is een veelvoorkomende voornaam. Schrijf liever 'de jongere' of 'de leerling'.")
            String reden) {
    }

    static AnonymityCheckResponse of(AnonymityResult result) {
        return new AnonymityCheckResponse(result.clean(), result.hits().stream().map(AnonymityCheckResponse::treffer).toList());
    }

    private static Treffer treffer(IdentifierHit hit) {
        return new Treffer(hit.start(), hit.end(), hit.kind(), hit.reason());
    }
}
