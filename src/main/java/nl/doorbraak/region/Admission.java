package nl.doorbraak.region;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import nl.doorbraak.organisation.OrganisationType;

/**
 * Who decides in the vooroverleg (triage) and on what: the required condition must hold, and at least
 * {@code minimumCircumstances} of the circumstances. Amsterdam: SWV VO and Leerplicht decide jointly.
 */
public record Admission(
        @JsonProperty("naam") @NotBlank String triageName,
        @JsonProperty("beslissers") @NotEmpty List<@NotNull OrganisationType> deciders,
        @JsonProperty("gezamenlijk") boolean jointDecision,
        @JsonProperty("voorwaarde") @NotBlank String requiredCondition,
        @JsonProperty("omstandigheden") List<@NotBlank String> circumstances,
        @JsonProperty("minimaalAantal") @PositiveOrZero int minimumCircumstances,
        @JsonProperty("uitgangspunten") List<@NotBlank String> principles,
        @JsonProperty("standaard") boolean isDefault,
        @JsonProperty("toelichting") String note) {

    public Admission {
        deciders = Lists.immutable(deciders);
        circumstances = Lists.immutable(circumstances);
        principles = Lists.immutable(principles);
    }

    /** Whether a case meets the criteria, given whether the condition holds and how many circumstances do. */
    public boolean admits(boolean conditionHolds, int circumstancesThatHold) {
        return conditionHolds && circumstancesThatHold >= minimumCircumstances;
    }
}
