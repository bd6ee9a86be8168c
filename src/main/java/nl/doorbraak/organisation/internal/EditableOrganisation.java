package nl.doorbraak.organisation.internal;

import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.organisation.Sector;

/** An organisation with its version, for the edit form and optimistic locking. */
public record EditableOrganisation(long id, String regionSlug, String code, String name, OrganisationType type,
        SchoolType schoolType, Sector sector, String municipality, boolean active, boolean fromWerkwijze, int version,
        String escalationContacts) {
}
