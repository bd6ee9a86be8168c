package nl.doorbraak.planning.internal;

import java.util.List;

/** The users of one organisation of the region (or, with a null organisation, those without one), by name. */
public record RegistryPeople(String organisationName, List<RegistryPerson> people) {

    public RegistryPeople {
        people = List.copyOf(people);
    }
}
