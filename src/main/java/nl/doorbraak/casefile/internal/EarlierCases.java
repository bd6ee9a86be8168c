package nl.doorbraak.casefile.internal;

import java.util.List;
import java.util.Set;

import nl.doorbraak.casefile.CaseStatus;
import nl.doorbraak.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A new referral that continues an earlier case about the same youth points to it, so the vooroverleg sees what went
 * before. Only a case that ended its path (sent back, rejected, stopped, closed) can be continued, by someone who
 * refers and reaches it. Each side shows the link only to those who may see the other case.
 */
@Component
class EarlierCases {

    static final Set<CaseStatus> CONTINUABLE = Set.of(CaseStatus.TERUGGESTUURD, CaseStatus.AFGEWEZEN,
            CaseStatus.GESTOPT, CaseStatus.AFGESLOTEN);

    private final JdbcClient jdbc;
    private final CaseRepository cases;

    EarlierCases(JdbcClient jdbc, CaseRepository cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    /** Whether this user may start a new referral from the case: they refer, see it, and it ended its path. */
    static boolean mayContinue(CurrentUser user, CaseFacts facts) {
        return CaseAccess.mayRefer(user) && CONTINUABLE.contains(facts.status())
                && (facts.referrerUserId() == user.id() || CaseAccess.coordinates(user, facts));
    }

    void link(long caseId, long earlierCaseId) {
        jdbc.sql("update case_file set earlier_case_id = ? where id = ? and earlier_case_id is null")
                .params(earlierCaseId, caseId).update();
    }

    /** The earlier case and the later ones, each only where this user may see it. */
    CaseLinks of(CurrentUser user, long caseId) {
        Long earlier = jdbc.sql("select earlier_case_id from case_file where id = ? and earlier_case_id is not null").param(caseId)
                .query(Long.class).optional().filter(id -> visible(user, id)).orElse(null);
        List<Long> later = jdbc.sql("select id from case_file where earlier_case_id = ? and status <> 'CONCEPT' order by id")
                .param(caseId).query(Long.class).list().stream().filter(id -> visible(user, id)).toList();
        return new CaseLinks(earlier, later);
    }

    private boolean visible(CurrentUser user, long caseId) {
        return cases.facts(caseId).map(facts -> CaseAccess.maySee(user, facts)).orElse(false);
    }
}
