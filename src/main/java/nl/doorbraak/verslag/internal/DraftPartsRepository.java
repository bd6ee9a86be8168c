package nl.doorbraak.verslag.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The draft's rows beside the verslag row: attendance, checklist answers and who comes to the next meeting. */
@Repository
class DraftPartsRepository {

    private final JdbcClient jdbc;

    DraftPartsRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<Long, Boolean> attendance(long verslagId) {
        Map<Long, Boolean> present = new LinkedHashMap<>();
        jdbc.sql("select participant_id, present from verslag_attendance where verslag_id = ?").param(verslagId)
                .query((java.sql.ResultSet rs) -> {
                    present.put(rs.getLong(1), rs.getBoolean(2));
                });
        return present;
    }

    /** Attendance as recorded; participants without a choice have no row (not recorded yet). */
    void replaceAttendance(long verslagId, Map<Long, Boolean> present) {
        jdbc.sql("delete from verslag_attendance where verslag_id = ?").param(verslagId).update();
        present.forEach((participantId, isPresent) -> jdbc.sql(
                "insert into verslag_attendance (verslag_id, participant_id, present) values (?, ?, ?)")
                .params(verslagId, participantId, isPresent).update());
    }

    List<ChecklistAnswer> checklist(long verslagId) {
        return jdbc.sql("""
                select position, question, answer, not_present from verslag_checklist_answer
                where verslag_id = ? order by position""")
                .param(verslagId)
                .query((rs, n) -> new ChecklistAnswer(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    void replaceChecklist(long verslagId, List<ChecklistAnswer> answers) {
        jdbc.sql("delete from verslag_checklist_answer where verslag_id = ?").param(verslagId).update();
        answers.forEach(a -> jdbc.sql("""
                insert into verslag_checklist_answer (verslag_id, position, question, answer, not_present)
                values (?, ?, ?, ?, ?)""")
                .params(verslagId, a.position(), a.question(), a.answer(), a.notPresent()).update());
    }

    Set<Long> nextParticipants(long verslagId) {
        return Set.copyOf(jdbc.sql("select participant_id from verslag_next_participant where verslag_id = ?")
                .param(verslagId).query(Long.class).list());
    }

    void replaceNextParticipants(long verslagId, Set<Long> participantIds) {
        jdbc.sql("delete from verslag_next_participant where verslag_id = ?").param(verslagId).update();
        participantIds.forEach(id -> jdbc.sql(
                "insert into verslag_next_participant (verslag_id, participant_id) values (?, ?)")
                .params(verslagId, id).update());
    }
}
