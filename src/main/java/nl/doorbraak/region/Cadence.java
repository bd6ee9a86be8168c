package nl.doorbraak.region;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * When a table meets: every N weeks on a weekday from an anchor date, on fixed dates, or on demand within a
 * number of days. The loader guarantees the fields the kind needs are present.
 */
public record Cadence(
        @JsonProperty("soort") @NotNull CadenceKind kind,
        @JsonProperty("intervalWeken") Integer intervalWeeks,
        @JsonProperty("weekdag") DayOfWeek weekday,
        @JsonProperty("vanaf") LocalDate anchor,
        @JsonProperty("data") List<LocalDate> dates,
        @JsonProperty("tijd") @Valid TimeSlot timeSlot,
        @JsonProperty("binnenDagen") Integer withinDays,
        @JsonProperty("standaard") boolean isDefault,
        @JsonProperty("toelichting") String note) {

    public Cadence {
        dates = dates == null ? List.of() : dates.stream().sorted().toList();
    }

    /** The next {@code count} meetings on or after {@code from}; none for an on-demand table. */
    public List<LocalDateTime> meetingsFrom(LocalDate from, int count) {
        Stream<LocalDate> days = switch (kind) {
            case FIXED_DATES -> dates.stream().filter(date -> !date.isBefore(from));
            case EVERY_N_WEEKS -> Stream.iterate(firstRecurrenceOnOrAfter(from), date -> date.plusWeeks(intervalWeeks));
            case ON_DEMAND -> Stream.empty();
        };
        return days.limit(count).map(date -> date.atTime(timeSlot.start())).toList();
    }

    /** For an on-demand table: the last day the meeting may take place when the case was admitted on {@code admittedOn}. */
    public Optional<LocalDate> onDemandDeadline(LocalDate admittedOn) {
        return kind == CadenceKind.ON_DEMAND ? Optional.of(admittedOn.plusDays(withinDays)) : Optional.empty();
    }

    private LocalDate firstRecurrenceOnOrAfter(LocalDate from) {
        LocalDate first = anchor.with(TemporalAdjusters.nextOrSame(weekday));
        if (!from.isAfter(first)) {
            return first;
        }
        long periodDays = 7L * intervalWeeks;
        long periods = (ChronoUnit.DAYS.between(first, from) + periodDays - 1) / periodDays;
        return first.plusDays(periods * periodDays);
    }
}
