package nl.doorbraak.casefile.internal;

/** Why the youth is referred now. */
public enum Trigger {
    THUISZITTER, DREIGENDE_THUISZITTER, DREIGENDE_UITHUISPLAATSING
}
