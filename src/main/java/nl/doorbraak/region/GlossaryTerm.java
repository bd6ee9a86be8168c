package nl.doorbraak.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;

/** A word the region uses, with its meaning in plain Dutch. */
public record GlossaryTerm(
        @JsonProperty("term") @NotBlank String term,
        @JsonProperty("betekenis") @NotBlank String meaning,
        @JsonProperty("standaard") boolean isDefault) {
}
