package nl.doorbraak.casefile.internal;

/** The kind of passend aanbod a case ended with. */
public enum OfferType {
    EIGEN_SCHOOL, ANDERE_REGULIERE_SCHOOL, SO_VSO, ONDERWIJS_ZORGARRANGEMENT, DAGBESTEDING_ZORG,
    PERSOONLIJKE_ONTWIKKELING, ANDERS
}
