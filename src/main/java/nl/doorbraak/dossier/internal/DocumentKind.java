package nl.doorbraak.dossier.internal;

/** What a document in the dossier is: an OPP (ontwikkelingsperspectiefplan), a report, a letter, or something else. */
public enum DocumentKind {
    OPP, RAPPORT, BRIEF, OVERIG
}
