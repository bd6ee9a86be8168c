package nl.doorbraak.region;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;

/** A table of the region: its kind, when it meets, who sits at it and what it aims for. */
public record MeetingTable(
        @JsonProperty("code") @NotBlank @Pattern(regexp = Werkwijze.CODE_PATTERN) String code,
        @JsonProperty("naam") @NotBlank String name,
        @JsonProperty("soort") @NotNull TableType type,
        @JsonProperty("cadans") @NotNull @Valid Cadence cadence,
        @JsonProperty("maxDuurMinuten") @Positive Integer maxDurationMinutes,
        @JsonProperty("onafhankelijkeVoorzitter") boolean independentChair,
        @JsonProperty("alleenBijCasus") boolean onlyWhenThereIsACase,
        @JsonProperty("dossierVooraf") boolean dossierSentBeforehand,
        @JsonProperty("vasteLeden") @Valid MemberCount fixedMembers,
        @JsonProperty("samenstelling") String composition,
        @JsonProperty("locatie") String location,
        @JsonProperty("deelnemers") List<@NotBlank String> participants,
        @JsonProperty("doelen") List<@NotBlank String> goals,
        @JsonProperty("deskundigheid") List<@NotBlank String> expertise,
        @JsonProperty("standaard") boolean isDefault,
        @JsonProperty("toelichting") String note) {

    public MeetingTable {
        participants = Lists.immutable(participants);
        goals = Lists.immutable(goals);
        expertise = Lists.immutable(expertise);
    }

    /** The next {@code count} meetings on or after {@code from}; a fixed-date list gives only the future ones. */
    public List<LocalDateTime> meetingsFrom(LocalDate from, int count) {
        return cadence.meetingsFrom(from, count);
    }

    public boolean anonymousCasesOnly() {
        return type.anonymousCasesOnly();
    }
}
