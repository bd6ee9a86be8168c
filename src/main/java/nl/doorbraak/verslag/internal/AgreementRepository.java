package nl.doorbraak.verslag.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft's SMART agreements and scenarios, in the order they were made. */
@Repository
class AgreementRepository {

    private final JdbcClient jdbc;

    AgreementRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AgreementRow> agreements(long verslagId) {
        return jdbc.sql("""
                select id, what, owner_id, due_on, how, result, status from verslag_agreement
                where verslag_id = ? order by id""")
                .param(verslagId)
                .query((rs, n) -> new AgreementRow(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getString(7)))
                .list();
    }

    void add(long verslagId, long caseId, AgreementProposal a, Long ownerUserId, Instant at) {
        jdbc.sql("""
                insert into verslag_agreement (verslag_id, case_id, what, owner_id, owner_user_id, due_on, how, result,
                                               created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(verslagId, caseId, a.what().strip(), a.ownerId(), ownerUserId, a.dueOn(),
                        DraftTexts.orNull(a.how()), a.result().strip(), Timestamp.from(at))
                .update();
    }

    boolean remove(long verslagId, long agreementId) {
        return jdbc.sql("delete from verslag_agreement where verslag_id = ? and id = ?").params(verslagId, agreementId)
                .update() == 1;
    }

    List<ScenarioRow> scenarios(long verslagId) {
        return jdbc.sql("select id, if_this, then_that, owner_id from verslag_scenario where verslag_id = ? order by id")
                .param(verslagId)
                .query((rs, n) -> new ScenarioRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)))
                .list();
    }

    void addScenario(long verslagId, ScenarioProposal s) {
        jdbc.sql("insert into verslag_scenario (verslag_id, if_this, then_that, owner_id) values (?, ?, ?, ?)")
                .params(verslagId, s.ifThis().strip(), s.thenThat().strip(), s.ownerId()).update();
    }

    boolean removeScenario(long verslagId, long scenarioId) {
        return jdbc.sql("delete from verslag_scenario where verslag_id = ? and id = ?").params(verslagId, scenarioId)
                .update() == 1;
    }
}
