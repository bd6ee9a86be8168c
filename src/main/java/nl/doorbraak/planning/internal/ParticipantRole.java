package nl.doorbraak.planning.internal;

/** Why someone sits at the table for a case; the referrer is always the inbrenger. */
public enum ParticipantRole {
    JONGERE, OUDER, SCHOOL, KERNPARTNER, STRUCTURELE_PARTNER, SPECIALIST, INBRENGER
}
