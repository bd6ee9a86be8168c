package nl.doorbraak.leertafel.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who got an invitation for a session and at which sequence (table leertafel_invitation, V48). */
@Repository
class InvitationRepository {

    record Sent(long userId, int sequence, boolean cancelled) {
    }

    private final JdbcClient jdbc;

    InvitationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Sent> of(long sessionId) {
        return jdbc.sql("select user_id, sequence, cancelled from leertafel_invitation where session_id = ? order by user_id")
                .param(sessionId)
                .query((rs, n) -> new Sent(rs.getLong("user_id"), rs.getInt("sequence"), rs.getBoolean("cancelled")))
                .list();
    }

    void record(long sessionId, long userId, int sequence, boolean cancelled, Instant at) {
        jdbc.sql("""
                insert into leertafel_invitation (session_id, user_id, sequence, cancelled, sent_at)
                values (:session, :user, :sequence, :cancelled, :at)
                on conflict (session_id, user_id) do update
                    set sequence = excluded.sequence, cancelled = excluded.cancelled, sent_at = excluded.sent_at""")
                .param("session", sessionId).param("user", userId).param("sequence", sequence)
                .param("cancelled", cancelled).param("at", Timestamp.from(at)).update();
    }
}
