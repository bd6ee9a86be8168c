package nl.doorbraak.planning.internal;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Participants picked from the region's registry: an organisation (one seat, no person yet), all structural partners
 * at once, or a user of one of its organisations. Need-to-know: only the meeting region's organisations and users;
 * another region's id is refused and audited as DENIED.
 */
@Service
@Transactional(noRollbackFor = {MeetingHidden.class, ForeignRegistryChoice.class})
public class RegistrySeats {

    private final MeetingComposition composition;
    private final MeetingRepository meetings;
    private final RegionRegistry registry;
    private final AuditLog audit;
    private final UserDirectory users;

    RegistrySeats(MeetingComposition composition, MeetingRepository meetings, RegionRegistry registry, AuditLog audit,
            UserDirectory users) {
        this.users = users;
        this.composition = composition;
        this.meetings = meetings;
        this.registry = registry;
        this.audit = audit;
    }

    /** What the participants form of an agenda item offers; showing who takes part is a read of the case. */
    public ParticipantChoices choices(CurrentUser coordinator, long meetingId, long itemId, String searchTerm) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        AgendaItem item = itemOf(meeting, itemId);
        audit.record(AuditEvent.of("CASUS_BEKEKEN", "CASUS", item.caseId()).withSubject("casus:" + item.caseId())
                .withActor(coordinator.username()).withDetails("deelnemers kiezen, vergadering " + meetingId));
        String term = searchTerm == null ? null : searchTerm.strip();
        return new ParticipantChoices(meeting, item, registry.grouped(meeting.regionSlug()),
                registry.peopleByOrganisation(meeting.regionSlug(), term), term);
    }

    /**
     * One seat for an organisation of the region: its contact for the tables when one is set (and may take part), else
     * the organisation alone, before it is known who of it comes.
     */
    public void addOrganisation(CurrentUser coordinator, long meetingId, long itemId, long organisationId) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        AgendaItem item = itemOf(meeting, itemId);
        RegistryOrganisation organisation = registry.organisation(meeting.regionSlug(), organisationId)
                .orElseThrow(() -> foreign(coordinator, meetingId, "organisationId", "organisatie",
                        "planning.refused.organisationNotInRegion"));
        if (onList(item, organisation.id())) {
            throw new PlanningRefused("organisationId", "planning.refused.organisationAlreadyParticipant");
        }
        seat(coordinator, meeting, item, organisation);
    }

    /** A seat for every structural partner of the region that is not on the list yet (its contact, if set). */
    public StructuralPartnersAdded addStructuralPartners(CurrentUser coordinator, long meetingId, long itemId) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        AgendaItem item = itemOf(meeting, itemId);
        List<RegistryOrganisation> partners = registry.grouped(meeting.regionSlug())
                .getOrDefault(RegistryGroup.STRUCTURELE_PARTNERS, List.of());
        if (partners.isEmpty()) {
            throw new PlanningRefused(null, "planning.refused.noStructuralPartners");
        }
        int added = 0;
        for (RegistryOrganisation partner : partners) {
            if (!onList(item, partner.id())) {
                seat(coordinator, meeting, item, partner);
                added++;
            }
        }
        return new StructuralPartnersAdded(added, partners.size() - added);
    }

    /** A user of the region, linked to their account and organisation; without a role, the organisation's. */
    public void addPerson(CurrentUser coordinator, long meetingId, long itemId, long userId, ParticipantRole role) {
        Meeting meeting = composition.managed(coordinator, meetingId);
        RegistryPerson person = registry.person(meeting.regionSlug(), userId)
                .orElseThrow(() -> foreign(coordinator, meetingId, "userId", "gebruiker",
                        "planning.refused.userNotInRegion"));
        composition.addUser(coordinator, meetingId, itemId, userId, role != null ? role : person.role());
    }

    private void seat(CurrentUser coordinator, Meeting meeting, AgendaItem item, RegistryOrganisation organisation) {
        Optional<UserContact> contact = contact(meeting, organisation);
        if (contact.isPresent()) {
            UserContact user = contact.get();
            meetings.addParticipant(item.id(), user.id(), user.displayName(), null, user.email(), organisation.role(),
                    organisation.id());
        } else {
            meetings.addParticipant(item.id(), null, organisation.name(), null, null, organisation.role(),
                    organisation.id());
        }
        audit.record(AuditEvent.of("DEELNEMER_TOEGEVOEGD", "VERGADERING", meeting.id())
                .withSubject("casus:" + item.caseId()).withActor(coordinator.username())
                .withDetails("organisatie " + organisation.id()));
    }

    /** The organisation's contact for the tables, if set, of the region and not the meeting's (independent) chair. */
    private Optional<UserContact> contact(Meeting meeting, RegistryOrganisation organisation) {
        return users.tableContactOf(organisation.id())
                .filter(u -> registry.person(meeting.regionSlug(), u.id()).isPresent())
                .filter(u -> meeting.chairUserId() == null || meeting.chairUserId() != u.id());
    }

    /** Whether the organisation is on the item's list: its own seat, or a user who works there. */
    private static boolean onList(AgendaItem item, long organisationId) {
        return item.participants().stream()
                .anyMatch(p -> p.organisationId() != null && p.organisationId() == organisationId);
    }

    private ForeignRegistryChoice foreign(CurrentUser coordinator, long meetingId, String field, String what,
            String messageKey) {
        audit.record(AuditEvent.of("VERGADERING_WIJZIGEN", "VERGADERING", meetingId).withActor(coordinator.username())
                .withOutcome(AuditOutcome.DENIED).withDetails(what + " niet in het register van de regio"));
        return new ForeignRegistryChoice(field, messageKey);
    }

    private AgendaItem itemOf(Meeting meeting, long itemId) {
        return meetings.item(itemId).filter(i -> i.meetingId() == meeting.id())
                .orElseThrow(() -> new PlanningRefused(null, "planning.refused.notYourMeeting"));
    }
}
