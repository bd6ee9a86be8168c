package nl.doorbraak.casefile;

/** A referral was submitted and routed to the region's coordinators. Carries ids only, no personal data. */
public record ReferralSubmitted(long caseId, String regionSlug) {
}
