package nl.doorbraak.verslag.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the draft of a verslag from the V13 tables, locking the verslag row so two finalisings cannot race. */
@Component
class FinalisingDraftReader {

    private final JdbcClient jdbc;
    private final VersionSnapshotCodec codec;

    FinalisingDraftReader(JdbcClient jdbc, VersionSnapshotCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    Optional<FinalisingDraft> lockedDraft(long agendaItemId) {
        return jdbc.sql("""
                select id, status, latest_version, correction_reason, sections::text, regiehouder_id, fixed_contact_id,
                       monitoring_frequency, monitoring_channel, monitoring_by_id, next_meeting_on, next_meeting_note
                from verslag where agenda_item_id = ? for update""")
                .param(agendaItemId).query(this::draft).optional();
    }

    private FinalisingDraft draft(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        return new FinalisingDraft(id, rs.getString("status"), rs.getInt("latest_version"),
                rs.getString("correction_reason"), codec.sections(rs.getString("sections")), attendance(id),
                jdbc.sql("select what, owner_id, due_on, how, result from verslag_agreement where verslag_id = ? order by id")
                        .param(id).query((a, n) -> new FinalisingDraft.Agreement(a.getString(1), a.getLong(2),
                                a.getObject(3, LocalDate.class), a.getString(4), a.getString(5))).list(),
                jdbc.sql("select if_this, then_that, owner_id from verslag_scenario where verslag_id = ? order by id")
                        .param(id).query((s, n) -> new FinalisingDraft.Scenario(s.getString(1), s.getString(2),
                                s.getLong(3))).list(),
                rs.getObject("regiehouder_id", Long.class), rs.getObject("fixed_contact_id", Long.class),
                rs.getString("monitoring_frequency"), rs.getString("monitoring_channel"),
                rs.getObject("monitoring_by_id", Long.class), checklist(id),
                rs.getObject("next_meeting_on", LocalDate.class), rs.getString("next_meeting_note"),
                new HashSet<>(jdbc.sql("select participant_id from verslag_next_participant where verslag_id = ?")
                        .param(id).query(Long.class).list()));
    }

    private Map<Long, Boolean> attendance(long verslagId) {
        Map<Long, Boolean> present = new LinkedHashMap<>();
        jdbc.sql("select participant_id, present from verslag_attendance where verslag_id = ?").param(verslagId)
                .query(rs -> {
                    present.put(rs.getLong(1), rs.getBoolean(2));
                });
        return present;
    }

    private Map<Integer, FinalisingDraft.Answer> checklist(long verslagId) {
        Map<Integer, FinalisingDraft.Answer> answers = new LinkedHashMap<>();
        jdbc.sql("select position, answer, not_present from verslag_checklist_answer where verslag_id = ?")
                .param(verslagId).query(rs -> {
                    answers.put(rs.getInt(1), new FinalisingDraft.Answer(rs.getString(2), rs.getBoolean(3)));
                });
        return answers;
    }
}
