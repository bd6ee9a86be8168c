package nl.doorbraak.casefile.internal;

import java.util.Set;

import nl.doorbraak.organisation.Sector;

/**
 * One intake point of a region: the organisation its werkwijze's intakeroutes lead to, with the sectors whose
 * referrals land there. {@code label} is the name, with the region's name when the reader has several regions.
 */
public record IntakePoint(String regionSlug, String organisationCode, String name, String label, Set<Sector> sectors) {

    public IntakePoint {
        sectors = Set.copyOf(sectors);
    }

    /** Stable and free of personal data, for a filter in a URL. */
    public String key() {
        return regionSlug + ":" + organisationCode;
    }

    public boolean takesIn(String region, Sector sector) {
        return regionSlug.equals(region) && sector != null && sectors.contains(sector);
    }
}
