package nl.doorbraak.escalation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import org.springframework.stereotype.Component;

/**
 * Who hears about an escalation: the managers configured for the organisations of the people taking part in the
 * case, and the region's coordinators. One mail per address, even when an address serves several organisations.
 */
@Component
class EscalationRecipients {

    private final CaseParticipation participation;
    private final UserDirectory users;
    private final OrganisationDirectory organisations;

    EscalationRecipients(CaseParticipation participation, UserDirectory users, OrganisationDirectory organisations) {
        this.participation = participation;
        this.users = users;
        this.organisations = organisations;
    }

    List<Recipient> of(long caseId, String regionSlug) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        participation.participantUserIds(caseId).stream()
                .map(users::find).flatMap(java.util.Optional::stream)
                .map(UserContact::organisationId).filter(Objects::nonNull).distinct()
                .map(organisations::find).flatMap(java.util.Optional::stream)
                .filter(OrganisationSummary::active)
                .forEach(organisation -> organisations.escalationContacts(organisation.id()).forEach(address ->
                        byAddress.putIfAbsent(key(address), Recipient.manager(organisation.id(), organisation.name(), address))));
        users.withRoleInRegion(Role.COORDINATOR, regionSlug).stream().filter(c -> c.email() != null)
                .forEach(c -> byAddress.putIfAbsent(key(c.email()), Recipient.coordinator(c.id(), c.displayName(), c.email())));
        return List.copyOf(byAddress.values());
    }

    private static String key(String address) {
        return address.strip().toLowerCase(Locale.ROOT);
    }
}
