package nl.doorbraak.voortgang.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The voortgang_bericht table. */
@Repository
class ProgressUpdates {

    private final JdbcClient jdbc;

    ProgressUpdates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param onBehalfOf the regiehouder without an account the author posts for, or null */
    long add(long caseId, long authorUserId, String onBehalfOf, String text, Instant at) {
        return jdbc.sql("""
                insert into voortgang_bericht (case_id, author_user_id, on_behalf_of, text, posted_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(caseId, authorUserId, onBehalfOf, text, at.atOffset(java.time.ZoneOffset.UTC))
                .query(Long.class).single();
    }

    /** Newest first. */
    List<StoredUpdate> ofCase(long caseId) {
        return jdbc.sql("""
                select id, posted_at, author_user_id, text, on_behalf_of from voortgang_bericht
                where case_id = ? order by posted_at desc, id desc""").param(caseId)
                .query((rs, n) -> new StoredUpdate(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getLong(3), rs.getString(4), rs.getString(5))).list();
    }

    record StoredUpdate(long id, Instant postedAt, long authorUserId, String text, String onBehalfOf) {
    }
}
