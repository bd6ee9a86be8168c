package nl.doorbraak.region.internal;

import java.time.DayOfWeek;
import java.util.stream.Collectors;

import nl.doorbraak.region.Werkwijze;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Turns the YAML of one werkwijze file into a {@link Werkwijze}, refusing unknown fields. */
class WerkwijzeParser {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // absent booleans and counts mean false and 0; required values are checked by Bean Validation
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new SimpleModule("dutch-weekdays").addDeserializer(DayOfWeek.class, new DutchWeekdayDeserializer()))
            .build();

    Werkwijze parse(String file, byte[] yaml) {
        try {
            Werkwijze werkwijze = mapper.readValue(yaml, Werkwijze.class);
            if (werkwijze == null) {
                throw new WerkwijzeException(file, null, "het bestand is leeg");
            }
            return werkwijze;
        } catch (JacksonException e) {
            throw new WerkwijzeException(file, path(e), problem(e), e);
        }
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(ref -> ref.getIndex() >= 0 ? "[" + ref.getIndex() + "]" : "." + ref.getPropertyName())
                .collect(Collectors.joining())
                .replaceFirst("^\\.", "");
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "onbekend veld";
        }
        if (e instanceof InvalidFormatException invalid) {
            return "ongeldige waarde '" + invalid.getValue() + "'";
        }
        if (e instanceof MismatchedInputException) {
            return "verkeerd soort waarde (" + e.getOriginalMessage() + ")";
        }
        if (e instanceof StreamReadException && e.getLocation() != null) {
            return "geen geldige YAML bij regel " + e.getLocation().getLineNr() + " (" + e.getOriginalMessage() + ")";
        }
        return e.getOriginalMessage();
    }
}
