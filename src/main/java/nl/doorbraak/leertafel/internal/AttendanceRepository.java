package nl.doorbraak.leertafel.internal;

import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who was present at a session (table leertafel_attendance), per membership. */
@Repository
class AttendanceRepository {

    private final JdbcClient jdbc;

    AttendanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Boolean> of(long sessionId) {
        return jdbc.sql("select member_id, present from leertafel_attendance where session_id = ?").param(sessionId)
                .query((rs, n) -> Map.entry(rs.getLong("member_id"), rs.getBoolean("present"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    void set(long sessionId, long memberId, boolean present) {
        jdbc.sql("""
                insert into leertafel_attendance (session_id, member_id, present) values (?, ?, ?)
                on conflict (session_id, member_id) do update set present = excluded.present""")
                .params(sessionId, memberId, present).update();
    }
}
