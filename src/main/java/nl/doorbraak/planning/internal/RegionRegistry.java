package nl.doorbraak.planning.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;

/**
 * The region's organisations (the registry, grouped as its werkwijze names them) and its users who can take part,
 * for the participants form. Only the region's own: another region's organisation or user is not in it.
 */
@Component
class RegionRegistry {

    private final Werkwijzen werkwijzen;
    private final OrganisationDirectory directory;
    private final MeetingComposition composition;

    RegionRegistry(Werkwijzen werkwijzen, OrganisationDirectory directory, MeetingComposition composition) {
        this.werkwijzen = werkwijzen;
        this.directory = directory;
        this.composition = composition;
    }

    /** The region's active organisations, by name. */
    List<RegistryOrganisation> organisations(String regionSlug) {
        Werkwijze werkwijze = werkwijzen.get(regionSlug);
        return directory.activeOfRegions(List.of(regionSlug)).stream().filter(o -> regionSlug.equals(o.regionSlug()))
                .map(o -> registered(werkwijze, o)).toList();
    }

    Map<RegistryGroup, List<RegistryOrganisation>> grouped(String regionSlug) {
        Map<RegistryGroup, List<RegistryOrganisation>> groups = new EnumMap<>(RegistryGroup.class);
        organisations(regionSlug).forEach(o -> groups.computeIfAbsent(o.group(), g -> new ArrayList<>()).add(o));
        return groups;
    }

    Optional<RegistryOrganisation> organisation(String regionSlug, long organisationId) {
        return organisations(regionSlug).stream().filter(o -> o.id() == organisationId).findFirst();
    }

    /** The users of the region who can take part and work for none or one of its organisations, by name. */
    List<RegistryPerson> people(String regionSlug) {
        Map<Long, RegistryOrganisation> byId = organisations(regionSlug).stream()
                .collect(Collectors.toMap(RegistryOrganisation::id, Function.identity()));
        return composition.candidates(regionSlug).stream()
                .filter(u -> u.organisationId() == null || byId.containsKey(u.organisationId()))
                .map(u -> new RegistryPerson(u.id(), u.displayName(), u.organisationId(),
                        u.organisationId() == null ? ParticipantRole.SPECIALIST : byId.get(u.organisationId()).role()))
                .toList();
    }

    Optional<RegistryPerson> person(String regionSlug, long userId) {
        return people(regionSlug).stream().filter(p -> p.id() == userId).findFirst();
    }

    /** The region's people per organisation (organisations by name, those without one last), filtered on a name. */
    List<RegistryPeople> peopleByOrganisation(String regionSlug, String term) {
        String wanted = fold(term);
        Map<Long, String> names = organisations(regionSlug).stream()
                .collect(Collectors.toMap(RegistryOrganisation::id, RegistryOrganisation::name));
        Map<Long, List<RegistryPerson>> byOrganisation = new LinkedHashMap<>();
        people(regionSlug).stream().filter(p -> wanted.isEmpty() || fold(p.displayName()).contains(wanted))
                .forEach(p -> byOrganisation.computeIfAbsent(p.organisationId(), o -> new ArrayList<>()).add(p));
        List<RegistryPeople> groups = new ArrayList<>(byOrganisation.entrySet().stream().filter(e -> e.getKey() != null)
                .map(e -> new RegistryPeople(names.get(e.getKey()), e.getValue()))
                .sorted(java.util.Comparator.comparing(RegistryPeople::organisationName)).toList());
        if (byOrganisation.containsKey(null)) {
            groups.add(new RegistryPeople(null, byOrganisation.get(null)));
        }
        return groups;
    }

    private static RegistryOrganisation registered(Werkwijze werkwijze, OrganisationSummary organisation) {
        RegistryGroup group = RegistryGroup.of(organisation.code() == null ? null
                : werkwijze.organisation(organisation.code()).orElse(null));
        return new RegistryOrganisation(organisation.id(), organisation.name(), group, group.role(organisation.type()));
    }

    /** Lower case without accents, so "emile" finds "Émile". */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
