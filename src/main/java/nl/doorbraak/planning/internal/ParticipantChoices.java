package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Map;

/**
 * What the participants form of one agenda item offers: the region's organisations per group, its users per
 * organisation (filtered on part of their name when a search term was given), and who already takes part.
 */
public record ParticipantChoices(Meeting meeting, AgendaItem item, Map<RegistryGroup, List<RegistryOrganisation>> organisations,
        List<RegistryPeople> people, String searchTerm) {

    public ParticipantChoices {
        organisations = Map.copyOf(organisations);
        people = List.copyOf(people);
    }

    public boolean hasStructuralPartners() {
        return organisations.containsKey(RegistryGroup.STRUCTURELE_PARTNERS);
    }

    public int structuralPartnerCount() {
        return organisations.getOrDefault(RegistryGroup.STRUCTURELE_PARTNERS, List.of()).size();
    }

    /** The groups that have organisations, in the order of {@link RegistryGroup}. */
    public List<RegistryGroup> groups() {
        return java.util.Arrays.stream(RegistryGroup.values()).filter(organisations::containsKey).toList();
    }

    public boolean anyPerson() {
        return people.stream().anyMatch(group -> !group.people().isEmpty());
    }
}
