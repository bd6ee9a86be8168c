package nl.doorbraak.casefile.internal;

/** A coordinator's verdict on a possible duplicate: the same youth, or not the same. */
public enum DuplicateDecision {
    ZELFDE, NIET_DEZELFDE
}
