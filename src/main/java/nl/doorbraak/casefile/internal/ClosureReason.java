package nl.doorbraak.casefile.internal;

/** Why a case ended without a passend aanbod. */
public enum ClosureReason {
    VERHUISD, ACHTTIEN_GEWORDEN, TOESTEMMING_INGETROKKEN, ANDERS
}
