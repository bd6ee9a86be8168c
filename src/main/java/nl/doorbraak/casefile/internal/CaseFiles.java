package nl.doorbraak.casefile.internal;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.leerplicht.SchoolCalendars;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases: every read passes the {@link CaseGuard} and is audited in the same transaction. */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class})
public class CaseFiles {

    private final CaseGuard guard;
    private final CaseReadModel reads;
    private final CaseListQuery lists;
    private final Werkwijzen werkwijzen;
    private final AuditLog audit;
    private final SchoolCalendars calendars;
    private final CaseTime time;
    private final CaseScopes scopes;
    private final CoordinatorAssignment assignment;
    private final RegionIntakePoints intakePoints;
    private final EarlierCases earlierCases;

    CaseFiles(CaseGuard guard, CaseReadModel reads, CaseListQuery lists, Werkwijzen werkwijzen,
            AuditLog audit, CaseTime time, CaseScopes scopes, CoordinatorAssignment assignment,
            SchoolCalendars calendars, RegionIntakePoints intakePoints, EarlierCases earlierCases) {
        this.intakePoints = intakePoints;
        this.earlierCases = earlierCases;
        this.calendars = calendars;
        this.scopes = scopes;
        this.assignment = assignment;
        this.guard = guard;
        this.reads = reads;
        this.lists = lists;
        this.werkwijzen = werkwijzen;
        this.audit = audit;
        this.time = time;
    }

    public CaseView view(CurrentUser user, long caseId) {
        CaseFacts facts = guard.visible(user, caseId, "CASUS_BEKEKEN");
        CaseDetails details = reads.details(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        audit.record(AuditEvent.of("CASUS_BEKEKEN", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()));
        LocalDate submittedOn = details.submittedAt() == null ? null
                : details.submittedAt().atZoneSameInstant(CaseTime.ZONE).toLocalDate();
        CaseClocks clocks = CaseClocks.of(details.status(), submittedOn, details.tableDeadline(),
                details.outOfSchoolSince(), time.today());
        CaseLeerplicht leerplicht = CaseLeerplicht.of(details.youthBirthDate(), details.enrolled(),
                details.startkwalificatie(), details.outOfSchoolSince(), time.today(),
                calendars.of(werkwijzen.get(facts.regionSlug()).holidayRegion()));
        boolean coordinator = CaseAccess.mayJudgeDuplicates(user, facts);
        List<TimelineEntry> timeline = reads.timeline(caseId).stream()
                .filter(entry -> coordinator || !entry.type().forCoordinatorsOnly()).toList();
        return new CaseView(details, reads.guardians(caseId), reads.consent(caseId), timeline,
                reads.decisions(caseId), clocks, leerplicht, werkwijzen.get(facts.regionSlug()).name(),
                CaseAccess.mayTriage(user, facts), CaseAccess.mayWithdrawConsent(user, facts),
                CaseAccess.mayEditDraft(user, facts), reads.assignedCoordinator(caseId).orElse(null),
                CaseAccess.mayAssign(user, facts) ? assignment.candidates(facts.regionSlug()) : List.of(),
                intakePoints.choiceFor(List.of(facts.regionSlug())).nameOf(facts.regionSlug(), details.sector()),
                CaseAccess.mayResubmit(user, facts), EarlierCases.mayContinue(user, facts),
                earlierCases.of(user, caseId));
    }

    public CasePage ofMyRegions(CurrentUser user, CaseFilter filter, int page, int pageSize) {
        audit.record(AuditEvent.of("CASUSLIJST_BEKEKEN", "CASUS", null).withActor(user.username()));
        return lists.ofScope(scopes.of(user), filter, time.today(), Math.max(page, 0), pageSize);
    }

    public CasePage involvingMe(CurrentUser user, int page, int pageSize) {
        audit.record(AuditEvent.of("MIJN_CASUSSEN_BEKEKEN", "CASUS", null).withActor(user.username()));
        return lists.involving(user.id(), time.today(), Math.max(page, 0), pageSize);
    }

    /** For the start page: how many cases {@link #involvingMe} lists; a number only, so not audited. */
    public long countInvolvingMe(CurrentUser user) {
        return lists.countInvolving(user.id());
    }

    /** Every case the user may see (the API's list), newest first; audited like the HTML lists. */
    public CasePage visibleTo(CurrentUser user, CaseStatus status, int page, int pageSize) {
        audit.record(AuditEvent.of("CASUSLIJST_BEKEKEN", "CASUS", null).withActor(user.username()).withDetails("via de API"));
        return lists.visibleTo(scopes.of(user), CaseAccess.seesCasesTakenPartIn(user), status, time.today(),
                Math.max(page, 0), pageSize);
    }

    /**
     * The vooroverleg queue of the user's regions, oldest first; {@code intakePointKey} narrows it to one of their
     * intake points ({@link IntakePoint#key}), null or unknown means all.
     */
    public TriageQueue awaitingTriage(CurrentUser user, String intakePointKey, int page, int pageSize) {
        IntakePointChoice choice = intakePoints.choiceFor(user.regionSlugs());
        IntakePoint selected = choice.byKey(intakePointKey).orElse(null);
        audit.record(AuditEvent.of("VOOROVERLEG_LIJST_BEKEKEN", "CASUS", null).withActor(user.username())
                .withDetails(selected == null ? null : "intakepunt=" + selected.key()));
        return new TriageQueue(lists.awaitingTriage(scopes.of(user).coordinating(), selected, time.today(),
                Math.max(page, 0), pageSize), choice, selected);
    }

    /** For the start page: how many cases {@link #awaitingTriage} lists for all the user's intake points. */
    public long countAwaitingTriage(CurrentUser user) {
        return lists.countAwaitingTriage(scopes.of(user).coordinating());
    }
}
