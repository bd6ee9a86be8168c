package nl.doorbraak.region;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Positive;

/**
 * How long records are kept, per record type. Defaults follow the VNG Selectielijst 2020 (leerplicht: 19 years
 * after birth; kwalificatieplicht: 2 years after it ends) and the Jeugdwet (youth care: 20 years after it ends).
 */
public record Retention(
        @JsonProperty("leerplichtJarenNaGeboorte") @Positive Integer leerplichtYearsAfterBirth,
        @JsonProperty("kwalificatieplichtJarenNaEinde") @Positive Integer kwalificatieplichtYearsAfterEnd,
        @JsonProperty("jeugdhulpJarenNaEinde") @Positive Integer youthCareYearsAfterEnd,
        @JsonProperty("standaard") boolean isDefault) {

    public static final Retention DEFAULT = new Retention(19, 2, 20, true);

    public Retention {
        leerplichtYearsAfterBirth = leerplichtYearsAfterBirth == null ? 19 : leerplichtYearsAfterBirth;
        kwalificatieplichtYearsAfterEnd = kwalificatieplichtYearsAfterEnd == null ? 2 : kwalificatieplichtYearsAfterEnd;
        youthCareYearsAfterEnd = youthCareYearsAfterEnd == null ? 20 : youthCareYearsAfterEnd;
    }
}
