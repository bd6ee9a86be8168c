package nl.doorbraak.leerplicht.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import nl.doorbraak.leerplicht.LeerplichtDates;
import nl.doorbraak.leerplicht.SchoolCalendar;
import nl.doorbraak.leerplicht.VakantieRegio;

/** The dates as JSON; kwalificatieplichtEindigtOp is always present, as null when there is no kwalificatieplicht. */
record LeerplichtResponse(
        @Schema(description = "Eerste dag van de leerplicht: de eerste schooldag van de maand na de 5e verjaardag "
                + "(art. 3 lid 1). Weekenden, feestdagen en (met een vakantieregio) de schoolvakanties tellen niet mee; "
                + "studiedagen van de school zelf zijn niet bekend.", example = "2024-10-01")
        LocalDate leerplichtigVanaf,
        @Schema(description = "Laatste dag van de leerplicht: 31 juli van het schooljaar waarin de jongere 16 wordt "
                + "(art. 3 lid 1; schooljaar 1 augustus tot en met 31 juli, art. 1).", example = "2036-07-31")
        LocalDate leerplichtEindigtOp,
        @Schema(description = "Dag waarop de kwalificatieplicht eindigt: de 18e verjaardag of de datum van de "
                + "startkwalificatie (art. 4a). Leeg (null) als de jongere al een startkwalificatie had voordat de "
                + "leerplicht eindigde.", example = "2037-09-02", nullable = true,
                requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        LocalDate kwalificatieplichtEindigtOp,
        @Schema(description = "De vakantieregio waarvan de schoolvakanties zijn meegeteld; leeg als er geen is gevraagd.",
                example = "midden", nullable = true, requiredMode = Schema.RequiredMode.REQUIRED)
        @JsonInclude(JsonInclude.Include.ALWAYS)
        String vakantieregio,
        @Schema(description = "Of alle schoolvakanties van dat schooljaar en die regio bekend waren. Nee: dan zijn "
                + "alleen de bekende vakanties, weekenden en feestdagen meegeteld.", example = "true")
        boolean schoolvakantiesBekend) {

    static LeerplichtResponse of(LeerplichtDates dates, SchoolCalendar calendar) {
        return new LeerplichtResponse(dates.leerplichtigVanaf(), dates.leerplichtEindigtOp(),
                dates.kwalificatieplichtEindigtOp(), calendar.regio().map(VakantieRegio::code).orElse(null),
                calendar.holidaysKnownOn(dates.leerplichtigVanaf()));
    }
}
