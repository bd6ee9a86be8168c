package nl.doorbraak.leerplicht.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import nl.doorbraak.api.ApiController;
import nl.doorbraak.api.ApiProblem;
import nl.doorbraak.leerplicht.Leerplicht;
import nl.doorbraak.leerplicht.LeerplichtDates;
import nl.doorbraak.leerplicht.SchoolCalendar;
import nl.doorbraak.leerplicht.SchoolCalendars;
import nl.doorbraak.leerplicht.VakantieRegio;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** GET /api/v1/leerplicht: the Leerplichtwet dates for a date of birth. */
@ApiController
class LeerplichtApiController {

    private final Clock clock;
    private final SchoolCalendars calendars;

    LeerplichtApiController(Clock clock, SchoolCalendars calendars) {
        this.clock = clock;
        this.calendars = calendars;
    }

    @Operation(summary = "Leerplicht en kwalificatieplicht berekenen",
            description = "Berekent uit de geboortedatum (en de datum van een startkwalificatie, als die er is) "
                    + "wanneer de leerplicht begint en eindigt en wanneer de kwalificatieplicht eindigt "
                    + "(Leerplichtwet 1969, art. 3, 4a en 4b). De leerplicht begint op de eerste schooldag van de "
                    + "maand na de 5e verjaardag (art. 3 lid 1): weekenden en feestdagen tellen niet mee, en met een "
                    + "vakantieregio ook de schoolvakanties van die regio niet.")
    @ApiResponse(responseCode = "200", description = "De datums")
    @ApiResponse(responseCode = "400", description = "Een datum ontbreekt, heeft niet de vorm JJJJ-MM-DD of kan niet "
            + "kloppen (geboren in de toekomst, startkwalificatie voor de geboorte)",
            content = @Content(mediaType = "application/problem+json"))
    @ApiResponse(responseCode = "401", description = "Niet ingelogd en geen geldige API-sleutel",
            content = @Content(mediaType = "application/problem+json"))
    @GetMapping("/api/v1/leerplicht")
    LeerplichtResponse leerplicht(
            @Parameter(description = "Geboortedatum van de jongere, als JJJJ-MM-DD", example = "2019-09-02")
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate geboortedatum,
            @Parameter(description = "Datum waarop de jongere een startkwalificatie haalde (havo, vwo of mbo 2, 3 of 4), "
                    + "als JJJJ-MM-DD; weglaten als er geen is", example = "2037-06-20")
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate startkwalificatie,
            @Parameter(description = "Vakantieregio van de school: noord, midden of zuid (Rijksoverheid). "
                    + "Weglaten: alleen weekenden en feestdagen tellen mee voor de eerste schooldag.", example = "midden")
            @RequestParam(required = false) String vakantieregio) {
        if (geboortedatum.isAfter(LocalDate.now(clock))) {
            throw ApiProblem.invalid("geboortedatum", "leerplicht.api.birthInFuture");
        }
        if (startkwalificatie != null && startkwalificatie.isBefore(geboortedatum)) {
            throw ApiProblem.invalid("startkwalificatie", "leerplicht.api.diplomaBeforeBirth");
        }
        Optional<VakantieRegio> regio = VakantieRegio.fromCode(vakantieregio);
        if (vakantieregio != null && !vakantieregio.isBlank() && regio.isEmpty()) {
            throw ApiProblem.invalid("vakantieregio", "leerplicht.api.unknownHolidayRegion");
        }
        SchoolCalendar calendar = calendars.of(regio);
        LeerplichtDates dates = Leerplicht.voor(geboortedatum, startkwalificatie, calendar);
        return LeerplichtResponse.of(dates, calendar);
    }
}
