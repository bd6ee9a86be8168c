package nl.doorbraak.verslag.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The verslag row: created on first open, saved with optimistic locking on {@code version}. */
@Repository
class DraftRepository {

    private static final TypeReference<LinkedHashMap<String, String>> SECTIONS = new TypeReference<>() {
    };

    private static final String DRAFT = """
            select id, case_id, status, sections::text, regiehouder_id, fixed_contact_id, monitoring_frequency,
                   monitoring_channel, monitoring_by_id, next_meeting_on, next_meeting_note, latest_version, version
            from verslag""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DraftRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<DraftRow> ofItem(long agendaItemId) {
        return jdbc.sql(DRAFT + " where agenda_item_id = ?").param(agendaItemId).query(this::row).optional();
    }

    /** The item's draft, created empty when it is opened for the first time (two first opens make one row). */
    DraftRow openOrCreate(long agendaItemId, long caseId) {
        jdbc.sql("insert into verslag (agenda_item_id, case_id) values (?, ?) on conflict (agenda_item_id) do nothing")
                .params(agendaItemId, caseId).update();
        return ofItem(agendaItemId).orElseThrow();
    }

    /** Stores the main form when nobody saved since {@code expectedVersion}; false when the copy was stale. */
    boolean save(long id, int expectedVersion, DraftChanges changes, long userId, Instant at) {
        return jdbc.sql("""
                update verslag set sections = ?::jsonb, regiehouder_id = ?, fixed_contact_id = ?,
                       monitoring_frequency = ?, monitoring_channel = ?, monitoring_by_id = ?, next_meeting_on = ?,
                       next_meeting_note = ?, version = version + 1, updated_by = ?, updated_at = ?
                where id = ? and version = ? and status = 'CONCEPT'""")
                .params(json.writeValueAsString(changes.sections()), changes.regie().regiehouderId(),
                        changes.regie().fixedContactId(), changes.monitoringFrequency(), changes.monitoringChannel(),
                        changes.regie().monitoringById(), changes.nextMeetingOn(), changes.nextMeetingNote(), userId,
                        Timestamp.from(at), id, expectedVersion)
                .update() == 1;
    }

    /** An agreement or scenario changed: later saves of older copies are stale. False when it is finalised. */
    boolean touch(long id, long userId, Instant at) {
        return jdbc.sql("""
                update verslag set version = version + 1, updated_by = ?, updated_at = ?
                where id = ? and status = 'CONCEPT'""")
                .params(userId, Timestamp.from(at), id).update() == 1;
    }

    /** The status of the drafts of these agenda items; items without a draft are absent. */
    Map<Long, String> statusOfItems(Collection<Long> agendaItemIds) {
        Map<Long, String> status = new LinkedHashMap<>();
        if (!agendaItemIds.isEmpty()) {
            jdbc.sql("select agenda_item_id, status from verslag where agenda_item_id in (:ids)")
                    .param("ids", agendaItemIds)
                    .query((ResultSet rs) -> {
                        status.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return status;
    }

    /** How many of these agenda items have a finalised verslag. */
    int countFinalised(Collection<Long> agendaItemIds) {
        if (agendaItemIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("select count(*) from verslag where agenda_item_id in (:ids) and status = 'VASTGESTELD'")
                .param("ids", agendaItemIds).query(Integer.class).single();
    }

    private DraftRow row(ResultSet rs, int n) throws SQLException {
        return new DraftRow(rs.getLong(1), rs.getLong(2), rs.getString(3), json.readValue(rs.getString(4), SECTIONS),
                rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getString(7), rs.getString(8),
                rs.getObject(9, Long.class), rs.getObject(10, LocalDate.class), rs.getString(11), rs.getInt(12),
                rs.getInt(13));
    }
}
