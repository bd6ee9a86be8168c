package nl.doorbraak.verslag.internal;

import java.util.Map;

/**
 * How the meeting mode shows a section of the werkwijze's verslag template: derived from the meeting, one of the
 * structured parts, or free text (also for codes a region configured that this code does not know).
 */
public enum DraftSectionKind {
    DATE, YOUTH, PRESENT, ABSENT, AGREEMENTS, REGIE, FIXED_CONTACT, SCENARIOS, MONITORING, TEXT;

    private static final Map<String, DraftSectionKind> BY_CODE = Map.of(
            "datum", DATE, "leerling", YOUTH, "aanwezig", PRESENT, "afwezig", ABSENT, "afspraken", AGREEMENTS,
            "regie", REGIE, "vast-aanspreekpunt", FIXED_CONTACT, "alternatief-scenario", SCENARIOS,
            "communicatie-monitoring", MONITORING);

    public static DraftSectionKind of(String code) {
        return BY_CODE.getOrDefault(code, TEXT);
    }
}
