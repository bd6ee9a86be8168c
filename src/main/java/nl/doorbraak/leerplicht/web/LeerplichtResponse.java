package nl.doorbraak.leerplicht.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorbraak.leerplicht.LeerplichtDates;

/** The dates as JSON; kwalificatieplichtEindigtOp is always present, as null when there is no kwalificatieplicht. */
record LeerplichtResponse(
        @Schema(description = "Eerste dag van de leerplicht: de 1e van de maand na de 5e verjaardag. "
                + "De echte eerste schooldag kan iets later zijn.", example = "2024-10-01")
        LocalDate leerplichtigVanaf,
        @Schema(description = "Laatste dag van de leerplicht: 31 juli van het schooljaar waarin de jongere 16 wordt.",
                example = "2036-07-31")
        LocalDate leerplichtEindigtOp,
        @Schema(description = "Dag waarop de kwalificatieplicht eindigt: de 18e verjaardag of de datum van de "
                + "startkwalificatie. Leeg (null) als de jongere al een startkwalificatie had voordat de leerplicht "
                + "eindigde.", example = "2037-09-02", nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        LocalDate kwalificatieplichtEindigtOp) {

    static LeerplichtResponse of(LeerplichtDates dates) {
        return new LeerplichtResponse(dates.leerplichtigVanaf(), dates.leerplichtEindigtOp(),
                dates.kwalificatieplichtEindigtOp());
    }
}
