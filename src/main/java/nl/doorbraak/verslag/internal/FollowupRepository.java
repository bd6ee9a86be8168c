package nl.doorbraak.verslag.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The agreements of finalised verslagen (a draft's agreements are not followed up yet), their status changes and
 * deadlines. Every change is guarded by the status it expects, so a double submit changes nothing twice.
 */
@Repository
class FollowupRepository {

    private static final String AGREEMENT = """
            select a.id, a.verslag_id, v.agenda_item_id, a.case_id, a.what, a.owner_id, a.owner_user_id, a.due_on,
                   a.how, a.result, a.status, a.result_note, a.problem_note, a.done_at
            from verslag_agreement a join verslag v on v.id = a.verslag_id
            where v.latest_version > 0 and a.case_id = ?""";

    private final JdbcClient jdbc;

    FollowupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<FollowupAgreement> ofCase(long caseId) {
        return jdbc.sql(AGREEMENT + " order by a.due_on, a.id").param(caseId).query(this::agreement).list();
    }

    Optional<FollowupAgreement> find(long caseId, long agreementId) {
        return jdbc.sql(AGREEMENT + " and a.id = ?").params(caseId, agreementId).query(this::agreement).optional();
    }

    boolean markDone(long agreementId, String resultNote, Instant at) {
        return jdbc.sql("""
                update verslag_agreement set status = 'GEDAAN', result_note = ?, done_at = ?
                where id = ? and status <> 'GEDAAN'""")
                .params(resultNote, Timestamp.from(at), agreementId).update() == 1;
    }

    boolean markProblem(long agreementId, String description) {
        return jdbc.sql("""
                update verslag_agreement set status = 'PROBLEEM', problem_note = ?
                where id = ? and status <> 'GEDAAN'""")
                .params(description, agreementId).update() == 1;
    }

    boolean changeDeadline(long agreementId, LocalDate oldDueOn, LocalDate newDueOn) {
        return jdbc.sql("update verslag_agreement set due_on = ? where id = ? and due_on = ? and status <> 'GEDAAN'")
                .params(newDueOn, agreementId, oldDueOn).update() == 1;
    }

    long addAgreement(long verslagId, long caseId, String what, long ownerId, Long ownerUserId, LocalDate dueOn,
            String result, Instant at) {
        return jdbc.sql("""
                insert into verslag_agreement (verslag_id, case_id, what, owner_id, owner_user_id, due_on, result,
                                               created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(verslagId, caseId, what, ownerId, ownerUserId, dueOn, result, Timestamp.from(at))
                .query(Long.class).single();
    }

    /** How many agreements {@link #openOwnedBy} lists, per case (index {@code verslag_agreement_owner_followup_idx}). */
    Map<Long, Integer> openOwnedPerCase(long userId) {
        Map<Long, Integer> perCase = new HashMap<>();
        jdbc.sql("""
                select a.case_id, count(*) from verslag_agreement a join verslag v on v.id = a.verslag_id
                where a.owner_user_id = ? and a.status in ('OPEN', 'PROBLEEM') and v.latest_version > 0
                group by a.case_id""")
                .param(userId).query((ResultSet rs) -> {
                    perCase.put(rs.getLong(1), rs.getInt(2));
                });
        return perCase;
    }

    /** "Mijn afspraken": open or problematic agreements of one owner, by deadline, one page at a time. */
    List<FollowupAgreement> openOwnedBy(long userId, int limit, long offset) {
        return jdbc.sql("""
                select a.id, a.verslag_id, v.agenda_item_id, a.case_id, a.what, a.owner_id, a.owner_user_id, a.due_on,
                       a.how, a.result, a.status, a.result_note, a.problem_note, a.done_at
                from verslag_agreement a join verslag v on v.id = a.verslag_id
                where a.owner_user_id = ? and a.status in ('OPEN', 'PROBLEEM') and v.latest_version > 0
                order by a.due_on, a.id limit ? offset ?""")
                .params(userId, limit, offset).query(this::agreement).list();
    }

    /** The agenda item and participant named regiehouder in the case's latest finalised verslag. */
    Optional<long[]> regiehouder(long caseId) {
        return jdbc.sql("""
                select agenda_item_id, regiehouder_id from verslag
                where case_id = ? and latest_version > 0 and regiehouder_id is not null order by id desc limit 1""")
                .param(caseId).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).optional();
    }

    private FollowupAgreement agreement(ResultSet rs, int n) throws SQLException {
        Timestamp doneAt = rs.getTimestamp(14);
        return new FollowupAgreement(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                rs.getLong(6), rs.getObject(7, Long.class), rs.getObject(8, LocalDate.class), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                doneAt == null ? null : doneAt.toInstant());
    }
}
