package nl.doorbraak.region;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How the meetings of a table are scheduled. */
public enum CadenceKind {
    /** Every N weeks on a weekday, counted from an anchor date. */
    @JsonProperty("ELKE_N_WEKEN") EVERY_N_WEEKS,
    /** An explicit list of dates. */
    @JsonProperty("VASTE_DATA") FIXED_DATES,
    /** Only when there is a case, within a promised number of days. */
    @JsonProperty("OP_AFROEP") ON_DEMAND
}
