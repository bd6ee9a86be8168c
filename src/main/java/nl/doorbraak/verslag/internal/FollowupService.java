package nl.doorbraak.verslag.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following up one agreement: its owner marks it done or reports a problem; the regiehouder or a coordinator moves
 * its deadline. Each change is audited and leaves a history row; a closed case is refused.
 */
@Service
@Transactional(noRollbackFor = {CaseHidden.class, AccessDeniedException.class, FollowupRefused.class,
        FollowupNotFound.class})
public class FollowupService {

    private static final String TYPE = "AFSPRAAK";

    private final FollowupAccess access;
    private final FollowupRepository agreements;
    private final AgreementHistoryRepository history;
    private final FollowupNotifier notifier;

    FollowupService(FollowupAccess access, FollowupRepository agreements, AgreementHistoryRepository history,
            FollowupNotifier notifier) {
        this.access = access;
        this.agreements = agreements;
        this.history = history;
        this.notifier = notifier;
    }

    /** @throws FollowupRefused without a result note, or when it is done already or the case is closed */
    public void markDone(CurrentUser user, long caseId, long agreementId, String resultNote) {
        String action = "AFSPRAAK_GEDAAN";
        access.changeable(user, caseId, action, TYPE, agreementId);
        FollowupAgreement agreement = owned(user, caseId, agreementId, action);
        refuseIfAny(user, action, caseId, agreementId, FollowupRules.done(agreement, resultNote));
        Instant now = access.now();
        if (agreements.markDone(agreementId, resultNote.strip(), now)) {
            history.add(agreementId, caseId, "DONE", resultNote.strip(), null, null, user.id(), now);
            access.record(user, action, TYPE, agreementId, caseId);
        }
    }

    /** Marks the agreement PROBLEEM and tells the regiehouder and the region's coordinators (a link only). */
    public void reportProblem(CurrentUser user, long caseId, long agreementId, String description) {
        String action = "AFSPRAAK_PROBLEEM";
        CaseSummary summary = access.changeable(user, caseId, action, TYPE, agreementId);
        FollowupAgreement agreement = owned(user, caseId, agreementId, action);
        refuseIfAny(user, action, caseId, agreementId, FollowupRules.problem(agreement, description));
        Instant now = access.now();
        if (agreements.markProblem(agreementId, description.strip())) {
            history.add(agreementId, caseId, "PROBLEM", description.strip(), null, null, user.id(), now);
            access.record(user, action, TYPE, agreementId, caseId);
            notifier.problemReported(caseId, summary.regionSlug(), access.regiehouderUserId(caseId));
        }
    }

    /** @throws FollowupRefused without a reason, with a date in the past, or when it is done or the case closed */
    public void changeDeadline(CurrentUser user, long caseId, long agreementId, LocalDate newDueOn, String reason) {
        String action = "AFSPRAAK_DEADLINE";
        CaseSummary summary = access.changeable(user, caseId, action, TYPE, agreementId);
        FollowupAgreement agreement = agreements.find(caseId, agreementId)
                .orElseThrow(() -> access.notFound(user, action, TYPE, agreementId, caseId));
        if (!access.mayDirect(user, summary)) {
            throw access.denied(user, action, TYPE, agreementId, caseId, "afspraken.refused.notDirector");
        }
        refuseIfAny(user, action, caseId, agreementId,
                FollowupRules.deadline(agreement, newDueOn, reason, access.today()));
        Instant now = access.now();
        if (agreements.changeDeadline(agreementId, agreement.dueOn(), newDueOn)) {
            history.add(agreementId, caseId, "DEADLINE_CHANGED", reason.strip(), agreement.dueOn(), newDueOn,
                    user.id(), now);
            access.record(user, action, TYPE, agreementId, caseId);
        }
    }

    private FollowupAgreement owned(CurrentUser user, long caseId, long agreementId, String action) {
        FollowupAgreement agreement = agreements.find(caseId, agreementId)
                .orElseThrow(() -> access.notFound(user, action, TYPE, agreementId, caseId));
        if (!FollowupRules.mayReport(user, agreement)) {
            throw access.denied(user, action, TYPE, agreementId, caseId, "afspraken.refused.notOwner");
        }
        return agreement;
    }

    private void refuseIfAny(CurrentUser user, String action, long caseId, long agreementId,
            List<FollowupRefusal> refusals) {
        if (!refusals.isEmpty()) {
            throw access.refused(user, action, TYPE, agreementId, caseId, refusals);
        }
    }
}
