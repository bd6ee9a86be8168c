package nl.doorbraak.casefile.internal;

/** How a case ended: with a passend aanbod, or for another recorded reason. */
public enum OutcomeKind {
    PASSEND_AANBOD, ANDERE_REDEN
}
