package nl.doorbraak.identity.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.common.Role;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.region.RegionCatalog;
import nl.doorbraak.region.RegionSummary;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo only: {@code beheerder} plus {@code <role>-<region>} for every other role and region, password {@code demo}.
 * {@code coordinator-<region>} sees the whole region; where the source names separate intake points there is a
 * coordinator per point too ({@link DemoIntakeCoordinators}); a region with a leertafel has eight more leertafel
 * accounts ({@link DemoLeertafelMembers}).
 */
@Component
class DemoAccounts {

    static final String DEMO_PASSWORD = "demo";

    private static final Map<Role, String> TITLES = Map.of(Role.VERWIJZER, "Verwijzer", Role.COORDINATOR, "Coördinator",
            Role.VOORZITTER, "Voorzitter", Role.DEELNEMER, "Deelnemer", Role.LEERTAFEL, "Leertafellid",
            Role.BELEID, "Beleidsmedewerker", Role.PRIVACY, "Privacy-officer", Role.BEHEERDER, "Beheerder");

    private final RegionCatalog regions;
    private final OrganisationDirectory organisations;
    private final SystemAccounts accounts;
    private final Werkwijzen werkwijzen;

    DemoAccounts(RegionCatalog regions, OrganisationDirectory organisations, SystemAccounts accounts,
            Werkwijzen werkwijzen) {
        this.werkwijzen = werkwijzen;
        this.regions = regions;
        this.organisations = organisations;
        this.accounts = accounts;
    }

    /** Idempotent: creates only the accounts that do not exist yet. Returns how many it created. */
    @Transactional
    int createMissing() {
        String hash = null;
        int created = 0;
        for (UserDraft draft : wanted()) {
            if (accounts.exists(draft)) {
                continue;
            }
            hash = hash != null ? hash : accounts.hash(DEMO_PASSWORD); // hashing is slow on purpose: once is enough
            accounts.create(draft, hash, "demo-account");
            created++;
        }
        return created;
    }

    private List<UserDraft> wanted() {
        List<UserDraft> wanted = new ArrayList<>();
        wanted.add(new UserDraft("beheerder", "Demo Beheerder", "beheerder@demo.doorbraak.example",
                null, Set.of(), Set.of(Role.BEHEERDER)));
        for (RegionSummary region : regions.all()) {
            List<OrganisationSummary> inRegion = organisations.ofRegion(region.slug()).stream()
                    .filter(OrganisationSummary::active).toList();
            for (Role role : EnumSet.complementOf(EnumSet.of(Role.BEHEERDER))) {
                String username = role.name().toLowerCase(Locale.ROOT) + "-" + region.slug();
                Long organisationId = DemoOrganisationChoice.forRole(role, inRegion);
                if (role == Role.COORDINATOR) {
                    organisationId = DemoIntakeCoordinators.overall(werkwijzen.get(region.slug()), organisationId, inRegion);
                }
                wanted.add(new UserDraft(username, "Demo " + TITLES.get(role) + " " + region.name(),
                        username + "@demo.doorbraak.example", organisationId, Set.of(region.slug()), Set.of(role)));
            }
            wanted.addAll(DemoIntakeCoordinators.perIntakePoint(werkwijzen.get(region.slug()), inRegion));
            wanted.addAll(DemoLeertafelMembers.of(werkwijzen.get(region.slug())));
        }
        return wanted;
    }
}
