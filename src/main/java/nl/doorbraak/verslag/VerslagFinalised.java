package nl.doorbraak.verslag;

/**
 * Published (in the finalising transaction) when a verslag version is finalised: the participants are told, by a
 * link only. {@code version} 1 is the first; later ones are corrections.
 */
public record VerslagFinalised(long verslagId, long agendaItemId, long caseId, int version, long finalisedByUserId) {
}
