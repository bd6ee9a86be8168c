package nl.doorbraak.planning.internal;

import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.region.PartnerKind;
import nl.doorbraak.region.RegionOrganisation;

/**
 * How the participants form groups the region's organisations, in the werkwijze's own words: Amsterdam's structural
 * partners, Utrecht's kernpartners, the local teams (Zuidoost Utrecht's per municipality), then every other one.
 */
public enum RegistryGroup {
    STRUCTURELE_PARTNERS, KERNPARTNERS, LOKALE_TEAMS, OVERIGE;

    /** The group of an organisation the werkwijze names; one added in the app (null) is among the others. */
    static RegistryGroup of(RegionOrganisation named) {
        if (named == null) {
            return OVERIGE;
        }
        if (named.partner() == PartnerKind.STRUCTUREEL) {
            return STRUCTURELE_PARTNERS;
        }
        if (named.partner() == PartnerKind.KERNPARTNER) {
            return KERNPARTNERS;
        }
        return named.type() == OrganisationType.LOKAAL_TEAM ? LOKALE_TEAMS : OVERIGE;
    }

    /** The role at the table of someone who comes for an organisation of this group. */
    ParticipantRole role(OrganisationType type) {
        return switch (this) {
            case STRUCTURELE_PARTNERS -> ParticipantRole.STRUCTURELE_PARTNER;
            case KERNPARTNERS -> ParticipantRole.KERNPARTNER;
            default -> type == OrganisationType.SCHOOL ? ParticipantRole.SCHOOL : ParticipantRole.SPECIALIST;
        };
    }
}
