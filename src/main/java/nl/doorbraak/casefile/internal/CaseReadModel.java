package nl.doorbraak.casefile.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.organisation.OrganisationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads one case's content, guardians, consent, timeline and triage decisions. Access is checked by the caller. */
@Repository
class CaseReadModel {

    private final JdbcClient jdbc;

    CaseReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseDetails> details(long id) {
        return jdbc.sql("""
                select c.*, o.name as school_name from case_file c
                left join organisation o on o.id = c.school_organisation_id where c.id = ?""")
                .param(id).query(CaseDetails.class).optional();
    }

    List<ReferralInput.Guardian> guardians(long id) {
        return jdbc.sql("select name, contact from case_guardian where case_id = ? order by position").param(id)
                .query(ReferralInput.Guardian.class).list();
    }

    Optional<ConsentRecord> consent(long id) {
        return jdbc.sql("select * from case_consent where case_id = ?").param(id).query(ConsentRecord.class).optional();
    }

    List<TimelineEntry> timeline(long id) {
        return jdbc.sql("""
                select e.occurred_at, u.display_name as actor_name, e.type, e.reason from case_event e
                left join app_user u on u.id = e.actor_user_id where e.case_id = ? order by e.occurred_at, e.id""")
                .param(id).query(TimelineEntry.class).list();
    }

    /** The name of the coordinator the case is assigned to, if any. */
    Optional<String> assignedCoordinator(long id) {
        return jdbc.sql("select u.display_name from case_file c join app_user u on u.id = c.assigned_coordinator_id where c.id = ?")
                .param(id).query(String.class).optional();
    }

    List<TriageRecord> decisions(long id) {
        return jdbc.sql("""
                select d.decider_user_id, u.display_name, d.organisation_type, d.decision, d.reason,
                       d.condition_holds, d.circumstances_met, d.circumstances_checked, d.criteria_met, d.decided_at
                from triage_decision d join app_user u on u.id = d.decider_user_id
                where d.case_id = ? order by d.decided_at, d.id""")
                .param(id).query((rs, n) -> new TriageRecord(rs.getLong(1), rs.getString(2),
                        rs.getString(3) == null ? null : OrganisationType.valueOf(rs.getString(3)),
                        TriageChoice.valueOf(rs.getString(4)), rs.getString(5), rs.getBoolean(6), rs.getInt(7),
                        texts(rs.getArray(8)), rs.getBoolean(9), rs.getObject(10, OffsetDateTime.class)))
                .list();
    }

    private static List<String> texts(Array array) throws SQLException {
        return array == null ? null : List.of((String[]) array.getArray());
    }
}
