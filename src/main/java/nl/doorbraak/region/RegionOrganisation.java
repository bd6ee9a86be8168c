package nl.doorbraak.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.doorbraak.organisation.OrganisationSeed;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/**
 * An organisation as the werkwijze names it. {@code partner} marks a structural partner or kernpartner, with
 * {@code role} saying what it does at the table; {@code isDefault} marks an organisation the source does not name;
 * {@code escalationContacts} are the managers' (fictional) addresses for opschalen, comma-separated, and
 * {@code escalationContactsDefault} marks them as a default when the source names the organisation but no manager.
 */
public record RegionOrganisation(
        @JsonProperty("code") @NotBlank @Pattern(regexp = Werkwijze.CODE_PATTERN) String code,
        @JsonProperty("naam") @NotBlank String name,
        @JsonProperty("type") @NotNull OrganisationType type,
        @JsonProperty("schoolsoort") SchoolType schoolType,
        @JsonProperty("sector") @NotNull Sector sector,
        @JsonProperty("gemeente") String municipality,
        @JsonProperty("partner") PartnerKind partner,
        @JsonProperty("rol") String role,
        @JsonProperty("standaard") boolean isDefault,
        @JsonProperty("toelichting") String note,
        @JsonProperty("escalatieContact") String escalationContacts,
        @JsonProperty("escalatieContactStandaard") boolean escalationContactsDefault) {

    public OrganisationSeed toSeed() {
        return new OrganisationSeed(code, name, type, schoolType, sector, municipality, escalationContacts);
    }
}
