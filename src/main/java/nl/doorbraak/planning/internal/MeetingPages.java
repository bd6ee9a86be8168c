package nl.doorbraak.planning.internal;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserContact;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.planning.DossierSendings;
import org.springframework.beans.factory.ObjectProvider;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who sees a meeting: its chair, the region's coordinators and the users taking part, each as
 * {@link MeetingAudience} allows: a participant sees only the agenda items they take part in, an intake
 * coordinator the items of the cases they reach. Anyone else gets nothing, audited as DENIED.
 */
@Service
@Transactional(readOnly = true)
public class MeetingPages {

    private final MeetingRepository meetings;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final AuditLog audit;
    private final ObjectProvider<DossierSendings> dossiers;
    private final FollowUpReadModel followUps;
    private final MeetingReach reach;

    MeetingPages(MeetingRepository meetings, Werkwijzen werkwijzen, UserDirectory users, AuditLog audit,
            ObjectProvider<DossierSendings> dossiers, FollowUpReadModel followUps, MeetingReach reach) {
        this.followUps = followUps;
        this.reach = reach;
        this.meetings = meetings;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.audit = audit;
        this.dossiers = dossiers;
    }

    /** The meeting as the user may see it, or empty (unknown or not theirs). */
    @Transactional
    public Optional<MeetingView> view(CurrentUser user, long meetingId) {
        Optional<Meeting> found = meetings.find(meetingId);
        List<AgendaItem> all = found.map(m -> meetings.items(m.id())).orElse(List.of());
        Set<Long> reached = found.map(m -> reach.reached(user, m, all)).orElse(Set.of());
        List<AgendaItem> items = found.map(m -> MeetingAudience.visibleItems(user, m, all, reached)).orElse(List.of());
        boolean whole = found.filter(m -> MeetingAudience.seesWholeAgenda(user, m, all, reached)).isPresent();
        if (found.isEmpty() || (!whole && items.isEmpty())) {
            audit.record(AuditEvent.of("VERGADERING_BEKEKEN", "VERGADERING", meetingId).withActor(user.username())
                    .withOutcome(AuditOutcome.DENIED));
            return Optional.empty();
        }
        Meeting meeting = found.get();
        Werkwijze werkwijze = werkwijzen.get(meeting.regionSlug());
        String chairName = meeting.chairUserId() == null ? null
                : users.find(meeting.chairUserId()).map(UserContact::displayName).orElse(null);
        items.forEach(item -> auditCaseRead(user, meetingId, item.caseId()));
        Set<Long> own = items.stream().filter(item -> MeetingAudience.takesPart(user, item)).map(AgendaItem::id)
                .collect(Collectors.toSet());
        return Optional.of(new MeetingView(meeting, PlanningOverview.tableName(werkwijze, meeting.tableCode()),
                werkwijze.name(), chairName, items, whole, own,
                MeetingAudience.manages(user, meeting, all, reached), dossierSentAt(items),
                followUps.openAgreements(items)));
    }

    private Map<Long, LocalDateTime> dossierSentAt(List<AgendaItem> items) {
        Map<Long, LocalDateTime> sent = new HashMap<>();
        dossiers.ifAvailable(d -> items.forEach(item -> d.sentAt(item.caseId())
                .ifPresent(at -> sent.put(item.caseId(), LocalDateTime.ofInstant(at, PlanningTime.ZONE)))));
        return sent;
    }

    /**
     * The agenda shows who takes part in each case it shows: a read of that case, logged per case for its NEN 7513
     * overview.
     */
    private void auditCaseRead(CurrentUser user, long meetingId, long caseId) {
        audit.record(AuditEvent.of("CASUS_BEKEKEN", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails("vergadering " + meetingId));
    }

}
