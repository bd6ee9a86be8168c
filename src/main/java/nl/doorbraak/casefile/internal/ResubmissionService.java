package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.ReferralSubmitted;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case sent back with advice is amended by its referrer and submitted again: the same case with its timeline and
 * earlier decisions, a new vooroverleg round. The timeline names the parts that changed; the coordinators are told
 * as for a new referral. Checked as strictly as a first submission.
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, InputRefused.class})
public class ResubmissionService {

    static final String ACTION = "AANMELDING_OPNIEUW_INGEDIEND";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final CaseReadModel reads;
    private final Werkwijzen werkwijzen;
    private final CaseNotifier notifier;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CaseTime time;
    private final MessageSource messages;

    ResubmissionService(CaseGuard guard, CaseRepository cases, CaseReadModel reads, Werkwijzen werkwijzen,
            CaseNotifier notifier, AuditLog audit, ApplicationEventPublisher events, CaseTime time,
            MessageSource messages) {
        this.guard = guard;
        this.cases = cases;
        this.reads = reads;
        this.werkwijzen = werkwijzen;
        this.notifier = notifier;
        this.audit = audit;
        this.events = events;
        this.time = time;
        this.messages = messages;
    }

    /**
     * The advice of the latest return, for the form; checked before any typed input is looked at, so someone else's
     * case answers "not found" (audited) whatever they sent.
     */
    public Optional<String> adviceForAmendment(CurrentUser user, long caseId) {
        guard.allowed(user, caseId, ACTION, CaseAccess::mayResubmit, "case.refused.notReturned");
        return reads.timeline(caseId).stream().filter(e -> e.type() == CaseEventType.TERUGGESTUURD)
                .reduce((a, b) -> b).map(TimelineEntry::reason);
    }

    /** The rules' problems with the input, without saving: shown with binding's problems in the same round. */
    public List<FieldProblem> problemsOf(long caseId, ReferralInput input) {
        return cases.facts(caseId).map(facts -> ReferralChecks.forSubmission(input,
                werkwijzen.get(facts.regionSlug()).municipalities(), time.today())).orElse(List.of());
    }

    public void resubmit(CurrentUser user, long caseId, int version, ReferralInput input) {
        CaseFacts facts = guard.allowed(user, caseId, ACTION, CaseAccess::mayResubmit, "case.refused.notReturned");
        Werkwijze werkwijze = werkwijzen.get(facts.regionSlug());
        guard.refuseIfAny(user, caseId, ACTION,
                ReferralChecks.forSubmission(input, werkwijze.municipalities(), time.today()));
        CaseDetails before = reads.details(caseId).orElseThrow(() -> new CaseNotFound(caseId));
        String changes = describe(ReferralChanges.between(before, reads.guardians(caseId), input));
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        lifecycle.resubmit(user.id(), now, changes);
        cases.updateContent(caseId, version, input, CaseStatus.TERUGGESTUURD);
        LocalDate today = LocalDate.ofInstant(now, CaseTime.ZONE);
        cases.markResubmitted(caseId, ReferralService.tableDeadline(werkwijze, today).orElse(null));
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of(ACTION, "CASUS", caseId).withSubject("casus:" + caseId).withActor(user.username()));
        notifier.referralSubmitted(caseId, werkwijze.slug(), input.sector(), user.id());
        events.publishEvent(new ReferralSubmitted(caseId, werkwijze.slug()));
    }

    private String describe(List<String> fields) {
        if (fields.isEmpty()) {
            return dutch("resubmission.changed.none");
        }
        return dutch("resubmission.changed") + " " + fields.stream().map(f -> dutch("resubmission.part." + f))
                .collect(Collectors.joining(", "));
    }

    private String dutch(String key) {
        return messages.getMessage(key, null, key, DUTCH);
    }
}
