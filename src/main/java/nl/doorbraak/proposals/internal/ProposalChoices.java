package nl.doorbraak.proposals.internal;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.themes.Theme;
import nl.doorbraak.themes.ThemeCatalog;
import org.springframework.stereotype.Component;

/**
 * The choices of a proposal's form, all of its own region: the active themes, the owners (anyone who reaches the
 * leertafel's proposals to change them: a member, a chair or a coordinator of the region, so the owner can record
 * the follow-up) and the active organisations of the region's registry.
 */
@Component
class ProposalChoices {

    private final ThemeCatalog themes;
    private final UserDirectory users;
    private final OrganisationDirectory organisations;

    ProposalChoices(ThemeCatalog themes, UserDirectory users, OrganisationDirectory organisations) {
        this.themes = themes;
        this.users = users;
        this.organisations = organisations;
    }

    ProposalOptions of(LeertafelRef table) {
        return new ProposalOptions(table, activeThemes(table.regionSlug()), owners(table.regionSlug()),
                organisations(table.regionSlug()), partnerNames(table.regionSlug()));
    }

    List<NamedRef> activeThemes(String regionSlug) {
        return themes.activeOf(regionSlug).stream().map(t -> new NamedRef(t.id(), t.name())).toList();
    }

    /** The active themes by code, for demo data. */
    Map<String, Long> activeThemeCodes(String regionSlug) {
        Map<String, Long> codes = new LinkedHashMap<>();
        themes.activeOf(regionSlug).forEach((Theme t) -> codes.put(t.code(), t.id()));
        return codes;
    }

    /** Every theme of the region by id, also deactivated ones, for showing old proposals. */
    Map<Long, String> themeNames(String regionSlug) {
        Map<Long, String> names = new LinkedHashMap<>();
        themes.allOf(regionSlug).forEach((Theme t) -> names.put(t.id(), t.name()));
        return names;
    }

    List<NamedRef> owners(String regionSlug) {
        Map<Long, NamedRef> owners = new LinkedHashMap<>();
        Stream.of(Role.LEERTAFEL, Role.VOORZITTER, Role.COORDINATOR)
                .flatMap(role -> users.withRoleInRegion(role, regionSlug).stream())
                .forEach((UserContact u) -> owners.putIfAbsent(u.id(), new NamedRef(u.id(), u.displayName())));
        return owners.values().stream().sorted(Comparator.comparing(NamedRef::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The names of the region's organisations that are not schools: a proposal may name them. */
    Set<String> partnerNames(String regionSlug) {
        return organisations.ofRegion(regionSlug).stream().filter(o -> o.type() != OrganisationType.SCHOOL)
                .map(OrganisationSummary::name).collect(Collectors.toSet());
    }

    List<NamedRef> organisations(String regionSlug) {
        return organisations.ofRegion(regionSlug).stream().filter(OrganisationSummary::active)
                .sorted(Comparator.comparing(OrganisationSummary::name, String.CASE_INSENSITIVE_ORDER))
                .map(o -> new NamedRef(o.id(), o.name())).toList();
    }
}
