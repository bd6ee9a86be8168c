package nl.doorbraak.casefile;

/** The vooroverleg reached an outcome: {@code TOEGELATEN}, {@code TERUGGESTUURD} or {@code AFGEWEZEN}. */
public record TriageDecided(long caseId, String regionSlug, CaseStatus outcome) {
}
