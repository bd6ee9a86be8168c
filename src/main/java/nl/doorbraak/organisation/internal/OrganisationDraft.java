package nl.doorbraak.organisation.internal;

import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/** What an administrator enters for an organisation; a school type only for schools. */
public record OrganisationDraft(String regionSlug, String name, OrganisationType type, SchoolType schoolType,
        Sector sector, String municipality, String escalationContacts) {

    String describe() {
        return "naam=" + name + "; type=" + type + "; schooltype=" + schoolType + "; sector=" + sector
                + "; regio=" + regionSlug + "; gemeente=" + municipality
                + "; leidinggevenden opschalen=" + escalationContacts;
    }
}
