package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.audit.AuditOutcome;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.ReferralSubmitted;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.MeetingTable;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves referrals as drafts and submits them: one transaction each, so nothing is ever half-saved. A submission is
 * checked for possible duplicates ({@link PossibleDuplicates}) without the referrer learning the outcome: the
 * answer is the same either way, only the daily limit on matches ({@link DuplicateQuota}) can stop a user.
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, ReferralLimitReached.class})
public class ReferralService {

    private static final String SUBMITTED = "AANMELDING_INGEDIEND";

    private final CaseRepository cases;
    private final CaseGuard guard;
    private final Werkwijzen werkwijzen;
    private final CaseNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CaseTime time;
    private final PossibleDuplicates duplicates;
    private final DuplicateQuota quota;
    private final EarlierCases earlierCases;

    ReferralService(CaseRepository cases, CaseGuard guard, Werkwijzen werkwijzen, CaseNotifier notifier,
            AuditLog audit, ApplicationEventPublisher events, CaseTime time, PossibleDuplicates duplicates,
            DuplicateQuota quota, EarlierCases earlierCases) {
        this.earlierCases = earlierCases;
        this.cases = cases;
        this.guard = guard;
        this.werkwijzen = werkwijzen;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.time = time;
        this.duplicates = duplicates;
        this.quota = quota;
    }

    /** Saves a new draft ({@code caseId} null) or updates the user's own draft; returns the case id. */
    public long saveDraft(CurrentUser user, String regionSlug, Long caseId, int version, ReferralInput input) {
        return saveDraft(user, regionSlug, caseId, version, input, null);
    }

    /** As {@link #saveDraft}; a new draft may continue an {@code earlierCaseId} the user may continue. */
    public long saveDraft(CurrentUser user, String regionSlug, Long caseId, int version, ReferralInput input,
            Long earlierCaseId) {
        InputRefused.throwIfAny(ReferralChecks.forDraft(input, time.today()));
        return store(user, regionSlug, caseId, version, input, "CONCEPT_OPGESLAGEN", time.now(), earlierCaseId);
    }

    /**
     * What the rules say about the input, without saving anything: the form shows these together with the problems
     * binding found, so the referrer learns everything in one round. Call after the access check.
     */
    public List<FieldProblem> problemsOf(CurrentUser user, String regionSlug, Long caseId, ReferralInput input,
            boolean forSubmission) {
        if (!forSubmission) {
            return ReferralChecks.forDraft(input, time.today());
        }
        List<String> municipalities = werkwijzen.find(regionOf(user, regionSlug, caseId))
                .map(Werkwijze::municipalities).orElse(List.of());
        return ReferralChecks.forSubmission(input, municipalities, time.today());
    }

    /**
     * A draft is the referrer's own: checked before any of the typed input is looked at, so that someone else's
     * draft answers "not found" whatever they sent (audited as DENIED).
     */
    public void requireOwnDraft(CurrentUser user, long caseId) {
        guard.allowed(user, caseId, "CONCEPT_OPGESLAGEN", CaseAccess::mayEditDraft, "case.refused.notDraft");
    }

    /**
     * Submits the referral: checks everything, routes it to the coordinators and tells the referrer. Open cases
     * about the same youth are recorded for the coordinators; the referrer's answer does not depend on them.
     *
     * @throws ReferralLimitReached when the user's referrals matched open cases too often today (audited)
     */
    public long submit(CurrentUser user, String regionSlug, Long caseId, int version, ReferralInput input) {
        return submit(user, regionSlug, caseId, version, input, null);
    }

    /** As {@link #submit}; a new referral may continue an {@code earlierCaseId} the user may continue. */
    public long submit(CurrentUser user, String regionSlug, Long caseId, int version, ReferralInput input,
            Long earlierCaseId) {
        Werkwijze werkwijze = werkwijzen.get(regionOf(user, regionSlug, caseId));
        InputRefused.throwIfAny(ReferralChecks.forSubmission(input, werkwijze.municipalities(), time.today()));
        LocalDate today = time.today();
        if (!quota.left(user.id(), today)) {
            audit.record(AuditEvent.of(SUBMITTED, "CASUS", caseId).withSubject(caseId == null ? null : "casus:" + caseId)
                    .withActor(user.username()).withOutcome(AuditOutcome.DENIED).withDetails("geweigerd: vandaag al "
                            + quota.limit() + " aanmeldingen die overeenkwamen met een open casus"));
            throw new ReferralLimitReached();
        }
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(CaseStatus.CONCEPT);
        lifecycle.submit(user.id(), now);
        // one instant for the draft and the submission, so the timeline shows them in the order they happened
        long id = store(user, werkwijze.slug(), caseId, version, input, SUBMITTED, now, earlierCaseId);
        cases.markSubmitted(id, now, tableDeadline(werkwijze, LocalDate.ofInstant(now, CaseTime.ZONE)).orElse(null));
        cases.append(id, lifecycle.recordedEvents());
        if (duplicates.recordMatches(user, id, input, now)) {
            quota.count(user.id(), today);
        }
        notifier.referralSubmitted(id, werkwijze.slug(), input.sector(), user.id());
        events.publishEvent(new ReferralSubmitted(id, werkwijze.slug()));
        return id;
    }

    /** Where the werkwijze promises a meeting within a number of days (Utrecht: 5), the last day it may be. */
    static Optional<LocalDate> tableDeadline(Werkwijze werkwijze, LocalDate referredOn) {
        return werkwijze.tables().stream().filter(table -> !table.anonymousCasesOnly()).map(MeetingTable::cadence)
                .map(cadence -> cadence.onDemandDeadline(referredOn)).flatMap(Optional::stream).findFirst();
    }

    private long store(CurrentUser user, String regionSlug, Long caseId, int version, ReferralInput input,
            String auditAction, Instant now, Long earlierCaseId) {
        long id;
        if (caseId == null) {
            String region = regionOf(user, regionSlug, null);
            if (earlierCaseId != null) {
                guard.allowed(user, earlierCaseId, auditAction, EarlierCases::mayContinue, "referral.earlier.notContinuable");
            }
            id = cases.insert(region, user.id(), input, now);
            if (earlierCaseId != null) {
                earlierCases.link(id, earlierCaseId);
            }
            cases.append(id, CaseLifecycle.draft(user.id(), now).recordedEvents());
            version = 0;
        } else {
            id = guard.allowed(user, caseId, auditAction, CaseAccess::mayEditDraft, "case.refused.notDraft").caseId();
        }
        cases.updateContent(id, version, input);
        AuditEvent event = AuditEvent.of(auditAction, "CASUS", id).withSubject("casus:" + id).withActor(user.username());
        audit.record(caseId == null && earlierCaseId != null ? event.withDetails("vervolg op casus " + earlierCaseId) : event);
        return id;
    }

    /** A new referral goes to the region the user chose among their own; a draft keeps its region. */
    private String regionOf(CurrentUser user, String regionSlug, Long caseId) {
        if (caseId != null) {
            return guard.visible(user, caseId, SUBMITTED).regionSlug();
        }
        if (regionSlug != null && user.worksInRegion(regionSlug)) {
            return regionSlug;
        }
        List<String> regions = user.regionSlugs().stream().sorted().toList();
        if (regions.isEmpty()) {
            throw new InputRefused(List.of(new FieldProblem("regionSlug", "referral.region.required")));
        }
        return regions.get(0);
    }
}
