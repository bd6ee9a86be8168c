package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.List;

import nl.doorbraak.organisation.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The triage_decision table: every decider's decision is kept, the latest per organisation type in the case's current
 * round counts. A resubmitted case starts a new round, so the decisions that sent it back no longer decide it.
 */
@Repository
class TriageDecisions {

    private final JdbcClient jdbc;

    TriageDecisions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code ticked}: the circumstances the decider ticked, in the werkwijze's words. */
    void insert(long caseId, long deciderId, OrganisationType type, TriageInput input, List<String> ticked,
            boolean criteriaMet, Instant at) {
        jdbc.sql("""
                insert into triage_decision (case_id, decider_user_id, organisation_type, decision, reason,
                                             condition_holds, circumstances_met, circumstances_checked, criteria_met,
                                             decided_at, round)
                select ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, triage_round from case_file where id = ?""")
                .params(caseId, deciderId, type == null ? null : type.name(), input.choice().name(), input.reason(),
                        input.conditionHolds(), ticked.size(), ticked.toArray(String[]::new), criteriaMet,
                        Timestamps.of(at), caseId)
                .update();
    }

    List<TriageRules.Decision> of(long caseId) {
        return jdbc.sql("""
                select d.organisation_type, d.decision from triage_decision d join case_file c on c.id = d.case_id
                where d.case_id = ? and d.round = c.triage_round order by d.decided_at, d.id""")
                .param(caseId).query((rs, n) -> new TriageRules.Decision(
                        rs.getString(1) == null ? null : OrganisationType.valueOf(rs.getString(1)),
                        TriageChoice.valueOf(rs.getString(2))))
                .list();
    }
}
