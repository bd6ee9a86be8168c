package nl.doorbraak.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Positive;

/** The size of a table's fixed group of members (Tilburg's leertafel: 8 to 10). */
public record MemberCount(
        @JsonProperty("min") @Positive int min,
        @JsonProperty("max") @Positive int max) {
}
