package nl.doorbraak.casefile.internal;

/**
 * What happened to a case, in the past tense, as the timeline shows it. AFGESLOTEN: closed with a passend aanbod.
 * OVERLEG_AFGEZEGD and AFSPRAKEN_VERVALLEN: closing the case cancelled a meeting ahead, let open agreements lapse.
 * AANGEBODEN_AAN_LEERTAFEL: a coordinator offered the closed case to the leertafel (which item it became is not kept).
 * DUBBEL_BEOORDEELD: a coordinator decided on a possible duplicate; only the region's coordinators see it.
 */
public enum CaseEventType {
    CONCEPT_OPGESLAGEN, AANGEMELD, VOOROVERLEG_GESTART, BESLUIT_VASTGELEGD, TOEGELATEN, TERUGGESTUURD, AFGEWEZEN,
    TOESTEMMING_INGETROKKEN, GEPLAND, DOSSIER_VERSTUURD, VERSLAG_VASTGESTELD, AFGESLOTEN,
    AFGESLOTEN_ZONDER_AANBOD, HEROPEND, VERVOLGOVERLEG_GEPLAND, OPGESCHAALD, ESCALATIE_OPGELOST, DUBBEL_BEOORDEELD,
    COORDINATOR_TOEGEWEZEN, OPNIEUW_AANGEMELD, OVERLEG_AFGEZEGD, AFSPRAKEN_VERVALLEN, AANGEBODEN_AAN_LEERTAFEL;

    /** Events that name another case: shown only to those who may judge duplicates (the region's coordinators). */
    public boolean forCoordinatorsOnly() {
        return this == DUBBEL_BEOORDEELD;
    }
}
