package nl.doorbraak.casefile.internal;

import java.time.Instant;
import java.util.List;

import nl.doorbraak.organisation.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The triage_decision table: every decider's decision is kept, the latest per organisation type counts. */
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
                                             decided_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, deciderId, type == null ? null : type.name(), input.choice().name(), input.reason(),
                        input.conditionHolds(), ticked.size(), ticked.toArray(String[]::new), criteriaMet,
                        Timestamps.of(at))
                .update();
    }

    List<TriageRules.Decision> of(long caseId) {
        return jdbc.sql("select organisation_type, decision from triage_decision where case_id = ? order by decided_at, id")
                .param(caseId).query((rs, n) -> new TriageRules.Decision(
                        rs.getString(1) == null ? null : OrganisationType.valueOf(rs.getString(1)),
                        TriageChoice.valueOf(rs.getString(2))))
                .list();
    }
}
