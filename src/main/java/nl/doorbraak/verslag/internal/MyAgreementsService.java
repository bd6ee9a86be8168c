package nl.doorbraak.verslag.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.doorbraak.casefile.CaseHidden;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.CaseSummary;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mijn afspraken": the user's open agreements across cases, by deadline. Showing a youth's name is a read of the
 * case, audited once per case on the page as MIJN_AFSPRAKEN_BEKEKEN; cases the user may no longer see are left out.
 */
@Service
@Transactional(noRollbackFor = CaseHidden.class)
public class MyAgreementsService {

    public static final int PAGE_SIZE = 50;

    private final FollowupAccess access;
    private final FollowupRepository agreements;
    private final CaseParticipation participation;

    MyAgreementsService(FollowupAccess access, FollowupRepository agreements, CaseParticipation participation) {
        this.access = access;
        this.agreements = agreements;
        this.participation = participation;
    }

    /** For the start page: how many agreements the page lists, those of cases the user may no longer see left out. */
    @Transactional(readOnly = true)
    public int openCount(CurrentUser user) {
        Map<Long, Integer> perCase = agreements.openOwnedPerCase(user.id());
        Set<Long> visible = participation.visibleAmong(user, perCase.keySet());
        return perCase.entrySet().stream().filter(e -> visible.contains(e.getKey())).mapToInt(Map.Entry::getValue).sum();
    }

    public MyAgreementsPage page(CurrentUser user, int page) {
        int current = Math.max(1, page);
        List<FollowupAgreement> found = agreements.openOwnedBy(user.id(), PAGE_SIZE + 1,
                (long) (current - 1) * PAGE_SIZE);
        LocalDate today = access.today();
        Map<Long, Optional<CaseSummary>> cases = new HashMap<>();
        List<MyAgreementRow> rows = new ArrayList<>();
        for (FollowupAgreement a : found.subList(0, Math.min(PAGE_SIZE, found.size()))) {
            cases.computeIfAbsent(a.caseId(), id -> visible(user, id)).ifPresent(c -> rows.add(new MyAgreementRow(
                    a.id(), c.id(), c.youthName(), a.what(), a.dueOn(), a.result(), a.status(), a.overdue(today),
                    FollowupRules.closed(c.status()))));
        }
        return new MyAgreementsPage(rows, current, current > 1, found.size() > PAGE_SIZE);
    }

    private Optional<CaseSummary> visible(CurrentUser user, long caseId) {
        try {
            return Optional.of(access.visible(user, caseId, "MIJN_AFSPRAKEN_BEKEKEN"));
        } catch (CaseHidden hidden) {
            return Optional.empty();
        }
    }
}
