package nl.doorbraak.region;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import nl.doorbraak.organisation.Sector;

/** Where referrals from the given sectors go: an intake point at one of the region's organisations. */
public record IntakeRoute(
        @JsonProperty("naam") @NotBlank String name,
        @JsonProperty("sectoren") @NotEmpty List<@NotNull Sector> sectors,
        @JsonProperty("organisatie") @NotBlank String organisationCode,
        @JsonProperty("email") @NotBlank @Email String email,
        @JsonProperty("standaard") boolean isDefault,
        @JsonProperty("toelichting") String note) {

    public IntakeRoute {
        sectors = Lists.immutable(sectors);
    }

    public boolean serves(Sector sector) {
        return sectors.contains(sector);
    }
}
