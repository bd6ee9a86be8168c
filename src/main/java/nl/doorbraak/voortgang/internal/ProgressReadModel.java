package nl.doorbraak.voortgang.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads the verslag tables (never writes them): the latest finalised verslag of a case (the one finalised first
 * most recently; corrections keep its first finalising as the start), its rhythm and its participants.
 */
@Repository
class ProgressReadModel {

    private static final String AGREED = """
            with agreed as (
                select distinct on (v.case_id) v.case_id, v.agenda_item_id, v.monitoring_frequency,
                       (select min(vv.finalised_at) from verslag_version vv where vv.verslag_id = v.id) as finalised_at
                from verslag v join case_file c on c.id = v.case_id
                where v.latest_version > 0 and %s
                order by v.case_id, finalised_at desc)
            select a.case_id, c.region_slug, a.agenda_item_id, a.monitoring_frequency, a.finalised_at,
                   (select max(b.posted_at) from voortgang_bericht b where b.case_id = a.case_id) as last_update
            from agreed a join case_file c on c.id = a.case_id""";

    private final JdbcClient jdbc;

    ProgressReadModel(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AgreedRhythm> agreed(long caseId) {
        return jdbc.sql(AGREED.formatted("v.case_id = :caseId")).param("caseId", caseId)
                .query(ProgressReadModel::rhythm).optional();
    }

    /** Every case in execution whose verslag agreed a rhythm: one row per case, for the daily missed-update job. */
    List<AgreedRhythm> inExecutionWithRhythm() {
        return jdbc.sql(AGREED.formatted("c.status = 'IN_UITVOERING' and v.monitoring_frequency is not null"))
                .query(ProgressReadModel::rhythm).list();
    }

    /** Users to tell about an update: everyone with an account at the table and those invited to the next meeting. */
    List<Long> participantUsers(long agendaItemId) {
        return jdbc.sql("""
                select p.user_id from agenda_participant p where p.agenda_item_id = :item and p.user_id is not null
                union
                select p.user_id from verslag v
                join verslag_next_participant n on n.verslag_id = v.id
                join agenda_participant p on p.id = n.participant_id
                where v.agenda_item_id = :item and p.user_id is not null""")
                .param("item", agendaItemId).query(Long.class).list();
    }

    List<Long> regiehouders(long caseId) {
        return jdbc.sql("select user_id from case_participant where case_id = ? and role = 'REGIEHOUDER'")
                .param(caseId).query(Long.class).list();
    }

    /**
     * The regiehouder the latest finalised verslag names when that person has no account (an external typed in by
     * name): nobody can post as them, so a coordinator posts on their behalf.
     */
    Optional<String> regiehouderWithoutAccount(long caseId) {
        return jdbc.sql("""
                select p.user_id, p.name from verslag v join agenda_participant p on p.id = v.regiehouder_id
                where v.case_id = ? and v.latest_version > 0 order by v.id desc limit 1""")
                .param(caseId).query((rs, n) -> rs.getObject(1) == null ? rs.getString(2) : null).optional()
                .filter(java.util.Objects::nonNull);
    }

    boolean isRegiehouder(long caseId, long userId) {
        return regiehouders(caseId).contains(userId);
    }

    private static AgreedRhythm rhythm(ResultSet rs, int n) throws SQLException {
        OffsetDateTime last = rs.getObject("last_update", OffsetDateTime.class);
        return new AgreedRhythm(rs.getLong("case_id"), rs.getString("region_slug"), rs.getLong("agenda_item_id"),
                Rhythm.of(rs.getString("monitoring_frequency")),
                rs.getObject("finalised_at", OffsetDateTime.class).toInstant(), last == null ? null : last.toInstant());
    }
}
