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
import nl.doorbraak.organisation.OrganisationType;
import org.springframework.stereotype.Component;

/**
 * Who hears about an escalation: the managers configured for the organisations of the people taking part in the
 * case, and the region's coordinators; when SAVE is involved also the contact of the region's SAVE organisation.
 * One mail per address, even when an address serves several organisations.
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

    /** Everyone told about an escalation of the case, SAVE's contact included when {@code saveInvolved}. */
    List<Recipient> of(long caseId, String regionSlug, boolean saveInvolved) {
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        of(caseId, regionSlug).forEach(r -> byAddress.put(key(r.email()), r));
        if (saveInvolved) {
            save(regionSlug).forEach(r -> byAddress.putIfAbsent(key(r.email()), r));
        }
        return List.copyOf(byAddress.values());
    }

    /** The contacts of the region's active SAVE organisations; empty when none is configured. */
    List<Recipient> save(String regionSlug) {
        return organisations.ofRegion(regionSlug).stream()
                .filter(o -> o.type() == OrganisationType.SAVE && o.active())
                .flatMap(o -> organisations.escalationContacts(o.id()).stream()
                        .map(address -> Recipient.save(o.id(), o.name(), address)))
                .toList();
    }

    /** The managers and coordinators told about any escalation of the case. */
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
