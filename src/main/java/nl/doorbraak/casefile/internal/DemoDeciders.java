package nl.doorbraak.casefile.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.OrganisationType;
import nl.doorbraak.region.Admission;
import nl.doorbraak.region.Werkwijze;
import org.springframework.stereotype.Component;

/** Demo only: who decides in each region's vooroverleg, with an extra coordinator per joint decider type. */
@Component
class DemoDeciders {

    private final UserDirectory users;
    private final OrganisationDirectory organisations;

    DemoDeciders(UserDirectory users, OrganisationDirectory organisations) {
        this.users = users;
        this.organisations = organisations;
    }

    /** Where decisions are joint, a coordinator for each decider type, e.g. {@code leerplicht-amsterdam}. */
    void ensureAccounts(Werkwijze werkwijze) {
        Admission admission = werkwijze.admission();
        if (!admission.jointDecision()) {
            return;
        }
        for (OrganisationType type : admission.deciders()) {
            if (coordinatorOfType(werkwijze.slug(), type).isEmpty()) {
                organisations.ofRegion(werkwijze.slug()).stream().filter(o -> DemoCases.hasType(o, type)).findFirst()
                        .ifPresent(o -> users.ensureDemoAccount(DemoCases.usernameFor(type, werkwijze.slug()),
                                "Demo Coördinator " + o.name(), o.id(), werkwijze.slug(), Role.COORDINATOR));
            }
        }
    }

    /** One coordinator per decider type where decisions are joint, else the region's first coordinator. */
    List<CurrentUser> decidersOf(Werkwijze werkwijze) {
        Admission admission = werkwijze.admission();
        if (!admission.jointDecision()) {
            return user("coordinator-" + werkwijze.slug()).map(List::of).orElse(List.of());
        }
        List<CurrentUser> deciders = new ArrayList<>();
        for (OrganisationType type : admission.deciders()) {
            Optional<CurrentUser> decider = coordinatorOfType(werkwijze.slug(), type).flatMap(c -> user(c.username()));
            if (decider.isEmpty()) {
                return List.of();
            }
            deciders.add(decider.get());
        }
        return deciders;
    }

    Optional<CurrentUser> user(String username) {
        return users.asCurrentUser(username);
    }

    private Optional<UserContact> coordinatorOfType(String regionSlug, OrganisationType type) {
        return users.withRoleInRegion(Role.COORDINATOR, regionSlug).stream()
                .filter(c -> c.organisationId() != null)
                .filter(c -> organisations.find(c.organisationId()).map(OrganisationSummary::type)
                        .filter(t -> Objects.equals(t, type)).isPresent())
                .findFirst();
    }
}
