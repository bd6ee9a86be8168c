package nl.doorbraak.region;

import java.time.Duration;
import java.time.LocalTime;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotNull;

/** The time of day a meeting takes; {@code isDefault} when the source document does not say. */
public record TimeSlot(
        @JsonProperty("van") @NotNull LocalTime start,
        @JsonProperty("tot") @NotNull LocalTime end,
        @JsonProperty("standaard") boolean isDefault) {

    public Duration duration() {
        return Duration.between(start, end);
    }
}
