package nl.doorbraak.casefile.internal;

/** How consent was given. */
public enum ConsentMethod {
    MONDELING, SCHRIFTELIJK
}
