package nl.doorbraak.region;

/** Why an organisation is always at the table: Amsterdam's structural partners, Utrecht's kernpartners. */
public enum PartnerKind {
    STRUCTUREEL, KERNPARTNER
}
