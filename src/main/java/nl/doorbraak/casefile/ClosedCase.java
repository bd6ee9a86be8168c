package nl.doorbraak.casefile;

import java.util.List;

/**
 * A closed case as far as the leertafel may know it, ready to be put in bands: ages and durations in whole years and
 * days, never a date or a name. {@code identifiers} are the names and places of this case (youth, guardians, school,
 * people who took part, municipality, the place of the aanbod), only so a text about it can be checked for them;
 * they must never be stored. Codes are those of case_file and case_outcome: {@code schoolType} (PO, SO, SBO, VO, VSO,
 * MBO or null), {@code sector} (PO, VO, ZORG_LOKAAL, LEERPLICHT, ANDERS or null), {@code outcomeType} (the passend
 * aanbod's type, or ANDERE_REDEN).
 */
public record ClosedCase(long caseId, String regionSlug, int ageInYearsAtClosure, String schoolType, String sector,
        Integer daysOutOfSchoolUntilClosure, Integer daysFromSubmissionToClosure, String outcomeType,
        List<String> identifiers) {

    public ClosedCase {
        identifiers = List.copyOf(identifiers);
    }
}
