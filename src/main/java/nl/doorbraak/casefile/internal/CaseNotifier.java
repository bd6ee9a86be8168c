package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.mail.Outbox;
import nl.doorbraak.mail.OutgoingMail;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.organisation.Sector;
import nl.doorbraak.region.IntakeRoute;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Queues the mails about a case in the caller's transaction. Mails say only what happened and link to the case:
 * never a youth's name or anything from the case itself.
 */
@Component
class CaseNotifier {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final Outbox outbox;
    private final UserDirectory users;
    private final OrganisationDirectory organisations;
    private final Werkwijzen werkwijzen;
    private final MessageSource messages;

    CaseNotifier(Outbox outbox, UserDirectory users, OrganisationDirectory organisations, Werkwijzen werkwijzen,
            MessageSource messages) {
        this.outbox = outbox;
        this.users = users;
        this.organisations = organisations;
        this.werkwijzen = werkwijzen;
        this.messages = messages;
    }

    void referralSubmitted(long caseId, String regionSlug, Sector sector, long referrerId) {
        coordinatorsFor(regionSlug, sector).forEach(c -> send(c, "AANMELDING_ONTVANGEN", "referral", caseId));
        users.find(referrerId).ifPresent(r -> send(r, "AANMELDING_BEVESTIGD", "acknowledgement", caseId));
    }

    void triageDecided(long caseId, long referrerId) {
        users.find(referrerId).ifPresent(r -> send(r, "VOOROVERLEG_BESLUIT", "triage", caseId));
    }

    void consentWithdrawn(long caseId, String regionSlug) {
        users.withRoleInRegion(Role.COORDINATOR, regionSlug)
                .forEach(c -> send(c, "TOESTEMMING_INGETROKKEN", "consentWithdrawn", caseId));
    }

    /** The coordinators of the intake route's organisation if there are any, else all coordinators of the region. */
    List<UserContact> coordinatorsFor(String regionSlug, Sector sector) {
        List<UserContact> all = users.withRoleInRegion(Role.COORDINATOR, regionSlug);
        Optional<Long> intakeOrganisation = werkwijzen.get(regionSlug).intakeRouteFor(sector)
                .flatMap(route -> organisationOf(regionSlug, route));
        List<UserContact> atIntake = intakeOrganisation
                .map(id -> all.stream().filter(c -> id.equals(c.organisationId())).toList()).orElse(List.of());
        return atIntake.isEmpty() ? all : atIntake;
    }

    private Optional<Long> organisationOf(String regionSlug, IntakeRoute route) {
        return organisations.ofRegion(regionSlug).stream()
                .filter(o -> route.organisationCode().equals(o.code())).map(OrganisationSummary::id).findFirst();
    }

    private void send(UserContact to, String kind, String messagePrefix, long caseId) {
        String link = "/casussen/" + caseId;
        outbox.enqueue(new OutgoingMail(to.email(), kind,
                messages.getMessage("casefile.mail." + messagePrefix + ".subject", null, DUTCH),
                messages.getMessage("casefile.mail." + messagePrefix + ".body", new Object[] {link}, DUTCH), link));
    }
}
