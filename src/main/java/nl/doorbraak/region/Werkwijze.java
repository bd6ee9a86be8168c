package nl.doorbraak.region;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import nl.doorbraak.leerplicht.VakantieRegio;
import nl.doorbraak.organisation.OrganisationSeed;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.Sector;

/**
 * The way of working of one region, as its file under {@code werkwijzen/} describes it (see the README there).
 * {@code defaultSections} names the top-level sections whose content is a default rather than the source's.
 */
public record Werkwijze(
        @JsonProperty("slug") @NotBlank @Pattern(regexp = CODE_PATTERN) String slug,
        @JsonProperty("naam") @NotBlank String name,
        @JsonProperty("omschrijving") @NotBlank String description,
        @JsonProperty("bron") String source,
        @JsonProperty("gemeenten") @NotEmpty List<@NotBlank String> municipalities,
        @JsonProperty("organisaties") @NotEmpty @Valid List<RegionOrganisation> organisations,
        @JsonProperty("intakeroutes") @NotEmpty @Valid List<IntakeRoute> intakeRoutes,
        @JsonProperty("tafels") @NotEmpty @Valid List<MeetingTable> tables,
        @JsonProperty("toelating") @NotNull @Valid Admission admission,
        @JsonProperty("opschalen") String escalation,
        @JsonProperty("doorzettingsmacht") @Valid Doorzettingsmacht doorzettingsmacht,
        @JsonProperty("verslagonderdelen") @NotEmpty @Valid List<VerslagSection> verslagSections,
        @JsonProperty("checklist") @NotEmpty List<@NotBlank String> checklist,
        @JsonProperty("begrippen") @NotEmpty @Valid List<GlossaryTerm> glossary,
        @JsonProperty("bewaartermijnen") @Valid Retention retention,
        @JsonProperty("standaardwaarden") List<@NotBlank String> defaultSections,
        @JsonProperty("vakantieregio") @Pattern(regexp = "noord|midden|zuid",
                message = "moet noord, midden of zuid zijn") String holidayRegionCode) {

    /** Slugs and codes: lowercase words joined by hyphens. */
    public static final String CODE_PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";

    /** The top-level sections that {@code standaardwaarden} may name. */
    public static final List<String> DEFAULTABLE_SECTIONS = List.of("gemeenten", "verslagonderdelen", "checklist", "opschalen");

    public Werkwijze {
        municipalities = Lists.immutable(municipalities);
        organisations = Lists.immutable(organisations);
        intakeRoutes = Lists.immutable(intakeRoutes);
        tables = Lists.immutable(tables);
        verslagSections = Lists.immutable(verslagSections);
        checklist = Lists.immutable(checklist);
        glossary = Lists.immutable(glossary);
        retention = retention == null ? Retention.DEFAULT : retention;
        defaultSections = Lists.immutable(defaultSections);
    }

    /** Whether the top-level section (by its key in the file, e.g. {@code checklist}) holds a default. */
    public boolean isDefault(String section) {
        return defaultSections.contains(section);
    }

    /** The school holiday region of the region's schools; empty when the file does not say. */
    public Optional<VakantieRegio> holidayRegion() {
        return VakantieRegio.fromCode(holidayRegionCode);
    }

    /** Who has the final say on placement; empty when the werkwijze does not say. */
    public Optional<Doorzettingsmacht> finalSay() {
        return Optional.ofNullable(doorzettingsmacht);
    }

    public RegionSummary summary() {
        return new RegionSummary(slug, name);
    }

    public Optional<RegionOrganisation> organisation(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).findFirst();
    }

    public List<RegionOrganisation> partners(PartnerKind kind) {
        return organisations.stream().filter(o -> o.partner() == kind).toList();
    }

    /** The lokaal team (buurtteam, CJG) of a municipality, if the werkwijze names one. */
    public Optional<RegionOrganisation> localTeamOf(String municipality) {
        return organisations.stream()
                .filter(o -> o.type() == OrganisationType.LOKAAL_TEAM)
                .filter(o -> municipality.equals(o.municipality())).findFirst();
    }

    /** Where a referral from this sector goes; empty when the region has no route for it. */
    public Optional<IntakeRoute> intakeRouteFor(Sector sector) {
        return intakeRoutes.stream().filter(route -> route.serves(sector)).findFirst();
    }

    /**
     * The organisations that run a separate intake point, by code, with the sectors each takes in; empty where all
     * routes lead to one organisation. Their coordinators see only their intake point's cases (see CaseAccess). A
     * decider in a joint vooroverleg is left out: it decides on every case, whatever its sector.
     */
    public Map<String, Set<Sector>> separateIntakePoints() {
        Map<String, Set<Sector>> byOrganisation = new LinkedHashMap<>();
        intakeRoutes.forEach(route -> byOrganisation
                .computeIfAbsent(route.organisationCode(), code -> EnumSet.noneOf(Sector.class)).addAll(route.sectors()));
        if (byOrganisation.size() < 2) {
            return Map.of();
        }
        byOrganisation.keySet().removeIf(this::decidesJointly);
        byOrganisation.replaceAll((code, sectors) -> Collections.unmodifiableSet(sectors));
        return Collections.unmodifiableMap(byOrganisation);
    }

    private boolean decidesJointly(String organisationCode) {
        return admission.jointDecision() && organisation(organisationCode)
                .filter(o -> admission.deciders().contains(o.type())).isPresent();
    }

    public Optional<MeetingTable> table(String code) {
        return tables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<OrganisationSeed> organisationSeeds() {
        return organisations.stream().map(RegionOrganisation::toSeed).toList();
    }
}
