package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseEnding;
import nl.doorbraak.casefile.CaseLooseEnds;
import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.casefile.LooseEnd;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a case ends and opens again: closed with a passend aanbod or for another reason by the region's coordinators
 * or the regiehouder, reopened by a coordinator; each step audited, on the timeline, and closure mailed (link only).
 * Closing leaves no loose ends: the closing page lists what is still open ({@link CaseLooseEnds}) and closing
 * publishes {@link CaseEnding} in the same transaction, so open escalations, meetings ahead and open agreements end
 * with the case, or nothing changes at all.
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class, InputRefused.class})
public class ClosureService {

    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final CaseGuard guard;
    private final CaseRepository cases;
    private final OutcomeRepository outcomes;
    private final ClosureNotifier notifier;
    private final AuditLog audit;
    private final MessageSource messages;
    private final CaseTime time;
    private final List<CaseLooseEnds> looseEnds;
    private final ApplicationEventPublisher events;
    private final ClosedCaseFactsService leertafels;

    ClosureService(CaseGuard guard, CaseRepository cases, OutcomeRepository outcomes, ClosureNotifier notifier,
            AuditLog audit, MessageSource messages, CaseTime time, List<CaseLooseEnds> looseEnds,
            ApplicationEventPublisher events, ClosedCaseFactsService leertafels) {
        this.leertafels = leertafels;
        this.looseEnds = looseEnds;
        this.events = events;
        this.guard = guard;
        this.cases = cases;
        this.outcomes = outcomes;
        this.notifier = notifier;
        this.audit = audit;
        this.messages = messages;
        this.time = time;
    }

    public void close(CurrentUser user, long caseId, ClosureInput input) {
        Set<Long> regiehouders = outcomes.regiehouders(caseId);
        CaseFacts facts = guard.allowed(user, caseId, "CASUS_AFGESLOTEN",
                (u, f) -> CaseAccess.mayClose(u, f, regiehouders), "case.refused.notClosable");
        guard.refuseIfAny(user, caseId, "CASUS_AFGESLOTEN",
                ClosureChecks.check(input, outcomes.dates(caseId).outOfSchoolSince(), time.today()));
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        try {
            if (input.kind() == OutcomeKind.PASSEND_AANBOD) {
                lifecycle.closeWithOffer(user.id(), now, offerDetail(input));
            } else {
                lifecycle.closeForReason(user.id(), now, input.reason(), input.explanation(), reasonDetail(input));
            }
        } catch (CaseTransitionRefused refused) {
            guard.refuse(user, caseId, "CASUS_AFGESLOTEN", refused.messageKey());
            throw refused;
        }
        events.publishEvent(new CaseEnding(caseId, facts.regionSlug(), user, decision(input)));
        outcomes.recordClosure(caseId, input, facts.status(), user.id(), now);
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of("CASUS_AFGESLOTEN", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails(input.kind().name()));
        notifier.caseClosed(facts);
    }

    /** Back to the status the case was closed from; a closed case without a recorded outcome goes back to execution. */
    public void reopen(CurrentUser user, long caseId, String reason) {
        CaseFacts facts = guard.allowed(user, caseId, "CASUS_HEROPEND", CaseAccess::mayReopen, "case.refused.notClosed");
        if (reason == null || reason.isBlank()) {
            guard.refuseIfAny(user, caseId, "CASUS_HEROPEND", List.of(new FieldProblem("reason", "reopen.reason.required")));
        }
        CaseStatus back = outcomes.current(caseId).map(CaseOutcome::closedFrom).orElse(CaseStatus.IN_UITVOERING);
        Instant now = time.now();
        CaseLifecycle lifecycle = new CaseLifecycle(facts.status());
        lifecycle.reopen(user.id(), now, back, reason.strip());
        outcomes.recordReopening(caseId, back, user.id(), now, reason.strip());
        cases.append(caseId, lifecycle.recordedEvents());
        audit.record(AuditEvent.of("CASUS_HEROPEND", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()));
    }

    /** The closing page: its read is audited like the case page. */
    public ClosurePanel closingPage(CurrentUser user, long caseId) {
        guard.visible(user, caseId, "CASUS_BEKEKEN");
        audit.record(AuditEvent.of("CASUS_BEKEKEN", "CASUS", caseId).withSubject("casus:" + caseId)
                .withActor(user.username()).withDetails("afsluiten"));
        ClosurePanel panel = panel(user, caseId);
        return panel.mayClose() ? panel.withLooseEnds(looseEnds(caseId)) : panel;
    }

    /** What the modules still have open for the case, per kind (escalations, meetings, agreements), soonest first. */
    private List<LooseEnd> looseEnds(long caseId) {
        return looseEnds.stream().flatMap(source -> source.openFor(caseId).stream())
                .sorted(Comparator.comparing(LooseEnd::kind).thenComparing(LooseEnd::when,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    /** The outcome and durations for a case page; call after {@link CaseFiles#view}, which audits the read. */
    @Transactional(readOnly = true, noRollbackFor = CaseNotFound.class)
    public ClosurePanel panel(CurrentUser user, long caseId) {
        CaseFacts facts = guard.visible(user, caseId, "CASUS_BEKEKEN");
        Optional<CaseOutcome> outcome = outcomes.current(caseId);
        OutcomeRepository.CaseDates dates = outcomes.dates(caseId);
        CaseDurations durations = CaseDurations.of(dates.outOfSchoolSince(), dates.submittedOn(),
                outcomes.tableDates(caseId), outcome.map(CaseOutcome::startsOn).orElse(null), time.today());
        return new ClosurePanel(caseId, outcome, durations,
                CaseAccess.mayClose(user, facts, outcomes.regiehouders(caseId)), CaseAccess.mayReopen(user, facts),
                CaseAccess.mayReopen(user, facts) && leertafels.hasLeertafel(facts.regionSlug()), List.of());
    }

    private String offerDetail(ClosureInput input) {
        return messages.getMessage("closure.event.offer", new Object[] {
                messages.getMessage("closure.offerType." + input.offerType(), null, DUTCH), input.place(),
                input.startsOn().format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"))}, DUTCH);
    }

    /** The decision the loose ends are closed with: how the case ended, without the explanation typed. */
    private String decision(ClosureInput input) {
        String how = input.kind() == OutcomeKind.PASSEND_AANBOD
                ? messages.getMessage("closure.kind.PASSEND_AANBOD", null, DUTCH)
                : messages.getMessage("closure.reason." + input.reason(), null, DUTCH);
        return messages.getMessage("closure.looseEnds.decision", new Object[] {how}, DUTCH);
    }

    private String reasonDetail(ClosureInput input) {
        String reason = messages.getMessage("closure.reason." + input.reason(), null, DUTCH);
        return input.explanation() == null ? reason : reason + ": " + input.explanation();
    }
}
