package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Possible duplicates without an oracle: a submitted referral is compared with the open cases (name and date of
 * birth), a match is stored and audited with the case numbers only, and the referrer hears nothing of it. The
 * coordinators of each case's region see the mark on their own case and decide whether it is the same youth.
 */
@Service
@Transactional(noRollbackFor = {CaseNotFound.class, CaseTransitionRefused.class})
public class PossibleDuplicates {

    static final String DECIDE = "MOGELIJK_DUBBEL_BEOORDEELD";

    private final PossibleDuplicateRepository pairs;
    private final CaseGuard guard;
    private final CaseRepository cases;
    private final Werkwijzen werkwijzen;
    private final AuditLog audit;
    private final CaseTime time;

    PossibleDuplicates(PossibleDuplicateRepository pairs, CaseGuard guard, CaseRepository cases,
            Werkwijzen werkwijzen, AuditLog audit, CaseTime time) {
        this.pairs = pairs;
        this.guard = guard;
        this.cases = cases;
        this.werkwijzen = werkwijzen;
        this.audit = audit;
        this.time = time;
    }

    /** Stores and audits the open cases the just submitted case matches; returns whether there were any. */
    boolean recordMatches(CurrentUser referrer, long caseId, ReferralInput input, Instant now) {
        List<PossibleDuplicateRepository.Side> matches = pairs.openMatches(input.youthName(), input.youthBirthDate(),
                caseId);
        for (PossibleDuplicateRepository.Side match : matches) {
            pairs.insert(caseId, match.caseId(), now);
            audit.record(AuditEvent.of("MOGELIJK_DUBBEL", "CASUS", caseId).withSubject("casus:" + match.caseId())
                    .withActor(referrer.username()).withDetails("aanmelding casus " + caseId
                            + " komt op naam en geboortedatum overeen met open casus " + match.caseId()
                            + " (regio " + match.regionSlug() + ")"));
        }
        return !matches.isEmpty();
    }

    /** The marks of a case for a coordinator of its region; call after the case's audited read. */
    public DuplicatePanel panel(CurrentUser user, long caseId) {
        CaseFacts facts = guard.visible(user, caseId, "CASUS_BEKEKEN");
        if (!CaseAccess.mayJudgeDuplicates(user, facts)) {
            return new DuplicatePanel(caseId, List.of(), false);
        }
        List<DuplicateMark> marks = pairs.ofCase(caseId).stream().map(pair -> mark(user, facts, pair))
                .flatMap(Optional::stream).toList();
        return new DuplicatePanel(caseId, marks, true);
    }

    /** A coordinator of either case's region decides for the pair; both timelines show it. */
    public void decide(CurrentUser user, long caseId, long pairId, DuplicateDecision decision) {
        guard.allowed(user, caseId, DECIDE, CaseAccess::mayJudgeDuplicates, "duplicates.refused.notCoordinator");
        if (decision == null) {
            guard.refuse(user, caseId, DECIDE, "duplicates.decision.required");
            throw new CaseTransitionRefused("duplicates.decision.required");
        }
        Instant now = time.now();
        PossibleDuplicateRepository.Pair pair = pairs.decide(pairId, caseId, decision, user.id(), now).orElse(null);
        if (pair == null) {
            guard.refuse(user, caseId, DECIDE, "duplicates.refused.decided");
            throw new CaseTransitionRefused("duplicates.refused.decided");
        }
        long other = pair.other(caseId);
        String verdict = decision == DuplicateDecision.ZELFDE ? "zelfde jeugdige als casus " : "niet dezelfde jeugdige als casus ";
        cases.append(caseId, List.of(new CaseEvent(CaseEventType.DUBBEL_BEOORDEELD, user.id(), now, verdict + other)));
        cases.append(other, List.of(new CaseEvent(CaseEventType.DUBBEL_BEOORDEELD, user.id(), now, verdict + caseId)));
        audit.record(AuditEvent.of(DECIDE, "CASUS", caseId).withSubject("casus:" + caseId).withActor(user.username())
                .withDetails(verdict + other));
    }

    private Optional<DuplicateMark> mark(CurrentUser user, CaseFacts facts, PossibleDuplicateRepository.Pair pair) {
        long otherId = pair.other(facts.caseId());
        return cases.facts(otherId).map(other -> new DuplicateMark(pair.id(),
                CaseAccess.maySee(user, other) ? otherId : null, regionName(other.regionSlug()), pair.foundAt(),
                pair.decision(), pair.decidedByName(), pair.decidedAt()));
    }

    private String regionName(String slug) {
        return werkwijzen.find(slug).map(Werkwijze::name).orElse(slug);
    }
}
