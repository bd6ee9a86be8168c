package nl.doorbraak.identity.internal;

import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.region.RegionCatalog;
import org.springframework.stereotype.Component;

/**
 * The checks on a user: the administrator role stands alone ({@link RoleSeparation}), and what needs the database:
 * unique username and e-mail, existing organisation and regions.
 */
@Component
class UserDraftChecks {

    private final UserRepository users;
    private final OrganisationDirectory organisations;
    private final RegionCatalog regions;

    UserDraftChecks(UserRepository users, OrganisationDirectory organisations, RegionCatalog regions) {
        this.users = users;
        this.organisations = organisations;
        this.regions = regions;
    }

    /** Throws for the first problem found; {@code userId} is 0 for a new user. */
    void check(UserDraft draft, long userId) {
        if (draft.roles().isEmpty()) {
            throw new UserChangeRefused("roles", "user.roles.required");
        }
        if (!RoleSeparation.allowed(draft.roles())) {
            throw new UserChangeRefused("roles", "user.roles.beheerderAlone");
        }
        if (users.usernameTaken(draft.username(), userId)) {
            throw new UserChangeRefused("username", "user.username.taken");
        }
        if (users.emailTaken(draft.email(), userId)) {
            throw new UserChangeRefused("email", "user.email.taken");
        }
        if (draft.organisationId() != null && organisations.find(draft.organisationId()).isEmpty()) {
            throw new UserChangeRefused("organisationId", "user.organisation.unknown");
        }
        if (draft.regionSlugs().stream().anyMatch(slug -> regions.find(slug).isEmpty())) {
            throw new UserChangeRefused("regionSlugs", "user.regions.unknown");
        }
    }
}
