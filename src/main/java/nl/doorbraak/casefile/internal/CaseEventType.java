package nl.doorbraak.casefile.internal;

/** What happened to a case, in the past tense, as the timeline shows it. AFGESLOTEN: closed with a passend aanbod. */
public enum CaseEventType {
    CONCEPT_OPGESLAGEN, AANGEMELD, VOOROVERLEG_GESTART, BESLUIT_VASTGELEGD, TOEGELATEN, TERUGGESTUURD, AFGEWEZEN,
    TOESTEMMING_INGETROKKEN, GEPLAND, DOSSIER_VERSTUURD, VERSLAG_VASTGESTELD, AFGESLOTEN,
    AFGESLOTEN_ZONDER_AANBOD, HEROPEND
}
