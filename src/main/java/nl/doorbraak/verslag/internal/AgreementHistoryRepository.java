package nl.doorbraak.verslag.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The append-only history of agreement changes; actors are user ids, named by the caller. */
@Repository
class AgreementHistoryRepository {

    /** A stored history row before its actor is named. */
    record Row(long agreementId, String kind, String note, LocalDate oldDueOn, LocalDate newDueOn, long actorId,
            Instant at) {
    }

    private final JdbcClient jdbc;

    AgreementHistoryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long agreementId, long caseId, String kind, String note, LocalDate oldDueOn, LocalDate newDueOn,
            long actorId, Instant at) {
        jdbc.sql("""
                insert into verslag_agreement_history (agreement_id, case_id, kind, note, old_due_on, new_due_on,
                                                       actor_id, at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agreementId, caseId, kind, note, oldDueOn, newDueOn, actorId, Timestamp.from(at)).update();
    }

    List<Row> of(Collection<Long> agreementIds) {
        if (agreementIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select agreement_id, kind, note, old_due_on, new_due_on, actor_id, at from verslag_agreement_history
                where agreement_id in (:ids) order by at, id""")
                .param("ids", agreementIds)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class), rs.getLong(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
    }
}
