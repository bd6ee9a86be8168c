package nl.doorbraak.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/**
 * Who has the final say on placement when an escalation does not settle it, as the region agreed it:
 * a description (e.g. "SWV VO Amsterdam-Diemen (directeur)") and optionally the organisation's code.
 */
public record Doorzettingsmacht(
        @JsonProperty("omschrijving") @NotBlank String description,
        @JsonProperty("organisatie") String organisationCode) {
}
