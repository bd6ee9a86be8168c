package nl.doorbraak.region;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** One section of the meeting report (verslag), in the order the region's template gives. */
public record VerslagSection(
        @JsonProperty("code") @NotBlank @Pattern(regexp = Werkwijze.CODE_PATTERN) String code,
        @JsonProperty("titel") @NotBlank String title,
        @JsonProperty("toelichting") String note,
        @JsonProperty("aandachtspunten") List<@NotBlank String> prompts) {

    public VerslagSection {
        prompts = Lists.immutable(prompts);
    }
}
