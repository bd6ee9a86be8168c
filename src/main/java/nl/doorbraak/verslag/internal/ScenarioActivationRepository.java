package nl.doorbraak.verslag.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The scenarios of a case's finalised verslagen and their one activation each. */
@Repository
class ScenarioActivationRepository {

    private static final String SCENARIO = """
            select s.id, s.verslag_id, v.agenda_item_id, s.if_this, s.then_that, s.owner_id, act.reason, act.at,
                   act.agreement_id
            from verslag_scenario s join verslag v on v.id = s.verslag_id
            left join verslag_scenario_activation act on act.scenario_id = s.id
            where v.latest_version > 0 and v.case_id = ?""";

    private final JdbcClient jdbc;

    ScenarioActivationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ScenarioActivationRow> ofCase(long caseId) {
        return jdbc.sql(SCENARIO + " order by s.id").param(caseId).query(this::row).list();
    }

    Optional<ScenarioActivationRow> find(long caseId, long scenarioId) {
        return jdbc.sql(SCENARIO + " and s.id = ?").params(caseId, scenarioId).query(this::row).optional();
    }

    /** Records the activation; false when the scenario was activated already (by someone else just now). */
    boolean activate(long scenarioId, long caseId, String reason, long agreementId, long actorId, Instant at) {
        return jdbc.sql("""
                insert into verslag_scenario_activation (scenario_id, case_id, reason, agreement_id, actor_id, at)
                values (?, ?, ?, ?, ?, ?) on conflict (scenario_id) do nothing""")
                .params(scenarioId, caseId, reason, agreementId, actorId, Timestamp.from(at)).update() == 1;
    }

    private ScenarioActivationRow row(ResultSet rs, int n) throws SQLException {
        Timestamp at = rs.getTimestamp(8);
        return new ScenarioActivationRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                rs.getString(5), rs.getLong(6), rs.getString(7), at == null ? null : at.toInstant(),
                rs.getObject(9, Long.class));
    }
}
