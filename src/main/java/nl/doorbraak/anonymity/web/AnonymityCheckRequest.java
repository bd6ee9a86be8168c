package nl.doorbraak.anonymity.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import nl.doorbraak.common.MaxLength;

/**
 * The body of POST /api/v1/leertafel/anonimiteitscheck. The annotations describe it in the OpenAPI document; the
 * controller checks them itself, after the role, so a refused caller hears 403 whatever it sent.
 */
@Schema(description = "Een tekst om te controleren op gegevens die iemand herkenbaar maken.")
record AnonymityCheckRequest(
        @Schema(description = "De tekst, hoogstens " + AnonymityCheckRequest.MAX + " tekens.",
                example = "Sanne (14) zit sinds drie maanden thuis; mevrouw Jansen belde op 12 maart.")
        @NotBlank(message = "{anonymity.api.tekst.required}")
        @MaxLength(value = AnonymityCheckRequest.MAX, name = "anonymity.api.tekst")
        String tekst) {

    /** The longest text the API checks: well above a leertafel case's situation (4000) and question (2000). */
    static final int MAX = 20_000;
}
