package nl.doorbraak.planning.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongFunction;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseAwaitingTable;
import nl.doorbraak.casefile.CasePlanning;
import nl.doorbraak.casefile.CasePlanningRefused;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.CadenceKind;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.TimeSlot;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Puts an admitted case on a table's meeting: the meeting is made when a first case goes on it, the referrer joins
 * as inbrenger and the case becomes GEPLAND. A full agenda or a broken promise is a warning, not a refusal.
 */
@Service
@Transactional(noRollbackFor = CasePlanningRefused.class)
public class CasePlanner {

    private final CasePlanning cases;
    private final MeetingRepository meetings;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final AuditLog audit;
    private final PlanningTime time;
    private final PlanningTables tables;

    CasePlanner(CasePlanning cases, MeetingRepository meetings, Werkwijzen werkwijzen, UserDirectory users,
            AuditLog audit, PlanningTime time, PlanningTables tables) {
        this.tables = tables;
        this.cases = cases;
        this.meetings = meetings;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.audit = audit;
        this.time = time;
    }

    /** The admitted case, when it is waiting in one of the coordinator's regions. */
    public Optional<CaseAwaitingTable> awaiting(CurrentUser coordinator, long caseId) {
        return cases.awaitingCase(coordinator, caseId);
    }

    public PlanOutcome plan(CurrentUser coordinator, PlanRequest request) {
        CaseAwaitingTable admitted = awaiting(coordinator, request.caseId())
                .orElseThrow(() -> new CasePlanningRefused("case.refused.notAdmitted"));
        return place(admitted, request,
                meeting -> putOnAgenda(coordinator, admitted, meeting, request.slotStart(), request.slotEnd()));
    }

    /** Checks table, date and slot, finds or makes the meeting and lets {@code putOnAgenda} add the case to it. */
    PlanOutcome place(CaseAwaitingTable admitted, PlanRequest request, ToLongFunction<Meeting> putOnAgenda) {
        MeetingTable table = PlanningTables.of(werkwijzen.get(admitted.regionSlug())).stream()
                .filter(t -> t.code().equals(request.tableCode())).findFirst()
                .orElseThrow(() -> new PlanningRefused("tableCode", "planning.refused.table"));
        Optional<OfferedDate> offered = checkDate(admitted.regionSlug(), table, request);
        if (!request.slotEnd().isAfter(request.slotStart())) {
            throw new PlanningRefused("slotEnd", "planning.refused.slotOrder");
        }
        Meeting meeting = meetings.plannedOn(admitted.regionSlug(), table.code(), request.date())
                .orElseGet(() -> create(admitted.regionSlug(), table, request, offered));
        if (meetings.items(meeting.id()).stream().anyMatch(i -> i.caseId() == admitted.id())) {
            throw new PlanningRefused("date", "planning.refused.alreadyOnMeeting");
        }
        putOnAgenda.applyAsLong(meeting);
        return new PlanOutcome(meeting.id(), warnings(admitted, table, meeting, request));
    }

    /**
     * The case becomes GEPLAND and goes on the meeting's agenda with its referrer as inbrenger; returns the agenda
     * item. No date checks: the demo data uses this for a meeting that already took place.
     */
    long putOnAgenda(CurrentUser coordinator, CaseAwaitingTable admitted, Meeting meeting, LocalTime slotStart,
            LocalTime slotEnd) {
        cases.markPlanned(coordinator, admitted.id());
        long itemId = meetings.addItem(meeting.id(), admitted.id(), slotStart, slotEnd, coordinator.id(), time.now());
        users.find(admitted.referrerUserId()).ifPresent(referrer -> meetings.addParticipant(itemId, referrer.id(),
                referrer.displayName(), null, referrer.email(), ParticipantRole.INBRENGER));
        audit.record(AuditEvent.of("AGENDAPUNT_TOEGEVOEGD", "VERGADERING", meeting.id())
                .withSubject("casus:" + admitted.id()).withActor(coordinator.username()));
        return itemId;
    }

    /**
     * The date must be today or later and one the table meets on (any for an on-demand table), or already have a
     * meeting; a table on explicit dates whose list has run out says so. Returns the table's date that day, if any.
     */
    private Optional<OfferedDate> checkDate(String regionSlug, MeetingTable table, PlanRequest request) {
        if (request.date() == null || request.date().isBefore(time.today())) {
            throw new PlanningRefused("date", "planning.refused.datePast");
        }
        List<OfferedDate> offered = tables.nextDates(regionSlug, table, time.today(),
                PlanningTables.onExplicitDates(table) ? Integer.MAX_VALUE : PlanningTables.DATES_OFFERED);
        Optional<OfferedDate> thatDay = offered.stream().filter(d -> d.day().equals(request.date())).findFirst();
        boolean onDemand = table.cadence().kind() == CadenceKind.ON_DEMAND;
        boolean existing = meetings.plannedOn(regionSlug, table.code(), request.date()).isPresent();
        if (!onDemand && thatDay.isEmpty() && !existing) {
            throw new PlanningRefused("date", offered.isEmpty() ? "planning.refused.noTableDates"
                    : "planning.refused.dateNotInCadence");
        }
        return thatDay;
    }

    private Meeting create(String regionSlug, MeetingTable table, PlanRequest request, Optional<OfferedDate> offered) {
        TimeSlot own = table.cadence().timeSlot();
        LocalTime start = offered.map(OfferedDate::from).orElseGet(() -> own != null ? own.start() : request.slotStart());
        LocalTime end = offered.map(OfferedDate::until).orElseGet(() -> own != null ? own.end() : request.slotEnd());
        String location = offered.map(OfferedDate::location).orElseGet(table::location);
        long id = meetings.insert(regionSlug, table.code(), request.date().atTime(start), request.date().atTime(end),
                location);
        return meetings.find(id).orElseThrow();
    }

    private List<PlanningWarning> warnings(CaseAwaitingTable admitted, MeetingTable table, Meeting meeting,
            PlanRequest request) {
        List<PlanningWarning> warnings = new ArrayList<>();
        List<AgendaItem> items = meetings.items(meeting.id());
        LocalDateTime slotStart = request.date().atTime(request.slotStart());
        LocalDateTime slotEnd = request.date().atTime(request.slotEnd());
        long minutes = items.stream().mapToLong(i -> Duration.between(i.slotStart(), i.slotEnd()).toMinutes()).sum();
        boolean outsideMeeting = slotStart.isBefore(meeting.startsAt()) || slotEnd.isAfter(meeting.endsAt());
        boolean overLength = table.maxDurationMinutes() != null && minutes > table.maxDurationMinutes();
        boolean overlaps = items.stream().filter(i -> i.caseId() != admitted.id())
                .anyMatch(i -> i.slotStart().isBefore(request.slotEnd()) && request.slotStart().isBefore(i.slotEnd()));
        if (outsideMeeting || overLength || overlaps) {
            warnings.add(PlanningWarning.AGENDA_FULL);
        }
        if (admitted.tableDeadline() != null && request.date().isAfter(admitted.tableDeadline())) {
            warnings.add(PlanningWarning.PROMISE_BROKEN);
        }
        return warnings;
    }
}
