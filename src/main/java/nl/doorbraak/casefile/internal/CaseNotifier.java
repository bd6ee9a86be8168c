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
    private final RegionIntakePoints intakePoints;

    CaseNotifier(Outbox outbox, UserDirectory users, OrganisationDirectory organisations, Werkwijzen werkwijzen,
            MessageSource messages, RegionIntakePoints intakePoints) {
        this.intakePoints = intakePoints;
        this.outbox = outbox;
        this.users = users;
        this.organisations = organisations;
        this.werkwijzen = werkwijzen;
        this.messages = messages;
    }

    /**
     * A new referral: its intake point's coordinators, the intake point's own address from the werkwijze (a shared
     * mailbox, told once even when a coordinator uses it too) and the referrer hear of it.
     */
    void referralSubmitted(long caseId, String regionSlug, Sector sector, long referrerId) {
        List<UserContact> coordinators = coordinatorsFor(regionSlug, sector);
        coordinators.forEach(c -> send(c, "AANMELDING_ONTVANGEN", "referral", caseId));
        werkwijzen.get(regionSlug).intakeRouteFor(sector).map(IntakeRoute::email)
                .filter(address -> coordinators.stream().noneMatch(c -> address.equalsIgnoreCase(c.email())))
                .ifPresent(address -> send(address, "AANMELDING_INTAKEPUNT", "intakeAddress", caseId));
        users.find(referrerId).ifPresent(r -> send(r, "AANMELDING_BEVESTIGD", "acknowledgement", caseId));
    }

    void triageDecided(long caseId, long referrerId) {
        users.find(referrerId).ifPresent(r -> send(r, "VOOROVERLEG_BESLUIT", "triage", caseId));
    }

    void consentWithdrawn(CaseFacts facts) {
        List<UserContact> all = users.withRoleInRegion(Role.COORDINATOR, facts.regionSlug());
        List<UserContact> reaching = all.stream().filter(c -> CaseAccess.reaches(c, facts)).toList();
        (reaching.isEmpty() ? all : reaching)
                .forEach(c -> send(c, "TOESTEMMING_INGETROKKEN", "consentWithdrawn", facts.caseId()));
    }

    void assigned(long caseId, UserContact coordinator) {
        send(coordinator, "CASUS_TOEGEWEZEN", "assigned", caseId);
    }

    /**
     * The coordinators of the intake route's organisation if there are any, else the region's coordinators who see
     * the case (not those of another intake point), else all coordinators of the region.
     */
    List<UserContact> coordinatorsFor(String regionSlug, Sector sector) {
        List<UserContact> all = users.withRoleInRegion(Role.COORDINATOR, regionSlug);
        Optional<Long> intakeOrganisation = werkwijzen.get(regionSlug).intakeRouteFor(sector)
                .flatMap(route -> organisationOf(regionSlug, route));
        List<UserContact> atIntake = intakeOrganisation
                .map(id -> all.stream().filter(c -> id.equals(c.organisationId())).toList()).orElse(List.of());
        if (!atIntake.isEmpty()) {
            return atIntake;
        }
        IntakePoints points = intakePoints.of(regionSlug);
        List<UserContact> reaching = all.stream().filter(c -> points.reaches(c.organisationId(), sector)).toList();
        return reaching.isEmpty() ? all : reaching;
    }

    private Optional<Long> organisationOf(String regionSlug, IntakeRoute route) {
        return organisations.ofRegion(regionSlug).stream()
                .filter(o -> route.organisationCode().equals(o.code())).map(OrganisationSummary::id).findFirst();
    }

    private void send(UserContact to, String kind, String messagePrefix, long caseId) {
        send(to.email(), kind, messagePrefix, caseId);
    }

    private void send(String address, String kind, String messagePrefix, long caseId) {
        String link = "/casussen/" + caseId;
        outbox.enqueue(new OutgoingMail(address, kind,
                messages.getMessage("casefile.mail." + messagePrefix + ".subject", null, DUTCH),
                messages.getMessage("casefile.mail." + messagePrefix + ".body", new Object[] {link}, DUTCH), link));
    }
}
