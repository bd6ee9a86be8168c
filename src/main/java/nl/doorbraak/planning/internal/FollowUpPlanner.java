package nl.doorbraak.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts a running case on a follow-up meeting (vervolgoverleg) with the same checks and warnings as a first table.
 * The referrer joins as inbrenger again and the people the last verslag invited to the next meeting are copied
 * with their roles; the coordinator can remove them on the meeting page.
 */
@Service
@Transactional(noRollbackFor = CasePlanningRefused.class)
public class FollowUpPlanner {

    private final CasePlanning cases;
    private final CasePlanner planner;
    private final MeetingRepository meetings;
    private final FollowUpReadModel verslagen;
    private final UserDirectory users;
    private final AuditLog audit;
    private final PlanningTime time;

    FollowUpPlanner(CasePlanning cases, CasePlanner planner, MeetingRepository meetings, FollowUpReadModel verslagen,
            UserDirectory users, AuditLog audit, PlanningTime time) {
        this.cases = cases;
        this.planner = planner;
        this.meetings = meetings;
        this.verslagen = verslagen;
        this.users = users;
        this.audit = audit;
        this.time = time;
    }

    /** The running case, when it is in one of the coordinator's regions. */
    public Optional<CaseAwaitingTable> running(CurrentUser coordinator, long caseId) {
        return cases.followUpCase(coordinator, caseId);
    }

    /** The participants proposed for the follow-up: those the last verslag invited to the next meeting. */
    public List<Participant> proposedParticipants(long caseId) {
        return verslagen.nextParticipants(caseId);
    }

    /** The next meeting's date the last verslag set, when it is not in the past. */
    public Optional<LocalDate> proposedDate(long caseId) {
        return verslagen.nextMeetingOn(caseId).filter(date -> !date.isBefore(time.today()));
    }

    public PlanOutcome plan(CurrentUser coordinator, PlanRequest request) {
        CaseAwaitingTable running = running(coordinator, request.caseId())
                .orElseThrow(() -> new CasePlanningRefused("case.refused.notInExecution"));
        return planner.place(running, request, meeting -> putOnAgenda(coordinator, running, meeting, request));
    }

    private long putOnAgenda(CurrentUser coordinator, CaseAwaitingTable running, Meeting meeting, PlanRequest request) {
        List<Participant> proposed = proposedParticipants(running.id());
        cases.markFollowUpPlanned(coordinator, running.id());
        long itemId = meetings.addItem(meeting.id(), running.id(), request.slotStart(), request.slotEnd(),
                coordinator.id(), time.now());
        users.find(running.referrerUserId()).ifPresent(referrer -> meetings.addParticipant(itemId, referrer.id(),
                referrer.displayName(), null, referrer.email(), ParticipantRole.INBRENGER));
        proposed.stream().filter(p -> p.userId() == null || !p.userId().equals(meeting.chairUserId()))
                .forEach(p -> meetings.addParticipant(itemId, p.userId(), p.name(), p.organisation(), p.email(),
                        p.role(), p.organisationId()));
        audit.record(AuditEvent.of("AGENDAPUNT_TOEGEVOEGD", "VERGADERING", meeting.id())
                .withSubject("casus:" + running.id()).withActor(coordinator.username()).withDetails("vervolgoverleg"));
        return itemId;
    }
}
