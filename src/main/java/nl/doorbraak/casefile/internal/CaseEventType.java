package nl.doorbraak.casefile.internal;

/** What happened to a case, in the past tense, as the timeline shows it. */
public enum CaseEventType {
    CONCEPT_OPGESLAGEN, AANGEMELD, VOOROVERLEG_GESTART, BESLUIT_VASTGELEGD, TOEGELATEN, TERUGGESTUURD, AFGEWEZEN,
    TOESTEMMING_INGETROKKEN, GEPLAND, DOSSIER_VERSTUURD, VERSLAG_VASTGESTELD, AFGESLOTEN
}
