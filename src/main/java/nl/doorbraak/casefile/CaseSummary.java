package nl.doorbraak.casefile;

import java.time.LocalDate;

/** A case as other modules show it (dossier, verslag): who it is about and what it asks, nothing more. */
public record CaseSummary(long id, String regionSlug, CaseStatus status, String youthName, LocalDate youthBirthDate,
        String municipality, String kernvraag, String description, long referrerUserId, LocalDate outOfSchoolSince) {
}
