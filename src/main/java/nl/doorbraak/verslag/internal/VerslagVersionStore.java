package nl.doorbraak.verslag.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import nl.doorbraak.verslag.VerslagDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The verslag's status and its frozen versions (verslag_version may only grow: a trigger refuses changes). */
@Repository
class VerslagVersionStore {

    private final JdbcClient jdbc;
    private final VersionSnapshotCodec codec;

    VerslagVersionStore(JdbcClient jdbc, VersionSnapshotCodec codec) {
        this.jdbc = jdbc;
        this.codec = codec;
    }

    void freeze(VerslagDocument document, long finalisedBy) {
        jdbc.sql("""
                insert into verslag_version (verslag_id, version, content, finalised_at, finalised_by, reason)
                values (?, ?, ?::jsonb, ?, ?, ?)""")
                .params(document.verslagId(), document.version(), codec.write(document), utc(document.finalisedAt()),
                        finalisedBy, document.correctionReason())
                .update();
        jdbc.sql("""
                update verslag set status = 'VASTGESTELD', latest_version = ?, correction_reason = null,
                       version = version + 1, updated_by = ?, updated_at = ? where id = ?""")
                .params(document.version(), finalisedBy, utc(document.finalisedAt()), document.verslagId()).update();
    }

    /** Reopens a finalised verslag as a draft; false when it is not finalised (any more). */
    boolean reopen(long agendaItemId, String reason, long userId, Instant now) {
        return jdbc.sql("""
                update verslag set status = 'CONCEPT', correction_reason = ?, version = version + 1, updated_by = ?,
                       updated_at = ? where agenda_item_id = ? and status = 'VASTGESTELD'""")
                .params(reason, userId, utc(now), agendaItemId).update() == 1;
    }

    Optional<VerslagVersionState> state(long agendaItemId) {
        return jdbc.sql("select id, status, latest_version, correction_reason from verslag where agenda_item_id = ?")
                .param(agendaItemId).query((rs, n) -> new VerslagVersionState(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        rs.getString(4))).optional();
    }

    Optional<VerslagDocument> version(long verslagId, int version) {
        return jdbc.sql("select content::text from verslag_version where verslag_id = ? and version = ?")
                .params(verslagId, version).query(String.class).optional().map(codec::read);
    }

    List<VerslagVersionLine> versions(long verslagId) {
        return jdbc.sql("""
                select version, finalised_at, content ->> 'finalisedBy', reason from verslag_version
                where verslag_id = ? order by version""")
                .param(verslagId).query((rs, n) -> new VerslagVersionLine(rs.getInt(1),
                        rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getString(3), rs.getString(4))).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
