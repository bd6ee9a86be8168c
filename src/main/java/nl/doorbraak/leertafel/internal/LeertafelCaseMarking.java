package nl.doorbraak.leertafel.internal;

/** The author's word that a hit is no personal data ("geen persoonsgegeven"), with the reason: kept for the chair. */
public record LeertafelCaseMarking(CaseTextField field, int line, String kind, String phrase, String reason) {
}
