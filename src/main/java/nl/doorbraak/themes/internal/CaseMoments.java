package nl.doorbraak.themes.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reads (never writes) the case tables another module keeps, as the voortgang module does: when a case was closed,
 * when its latest verslag was finalised, and who chaired a meeting about it. Dates in Europe/Amsterdam.
 */
@Repository
class CaseMoments {

    private final JdbcClient jdbc;

    CaseMoments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<LocalDate> closedOn(long caseId) {
        return jdbc.sql("""
                select cast(closed_at at time zone 'Europe/Amsterdam' as date) from case_file
                where id = ? and status = 'AFGESLOTEN' and closed_at is not null""")
                .param(caseId).query(LocalDate.class).optional();
    }

    /** The day the table met whose verslag is the latest finalised one of the case (the verslag's own date). */
    Optional<LocalDate> latestVerslagOn(long caseId) {
        return jdbc.sql(LATEST_VERSLAG_DAY + " and v.case_id = ?").param(caseId).query(LocalDate.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    static final String LATEST_VERSLAG_DAY = """
            select max(cast(m.starts_at as date)) from verslag v
            join agenda_item i on i.id = v.agenda_item_id join meeting m on m.id = i.meeting_id
            where exists (select 1 from verslag_version vv where vv.verslag_id = v.id)""";

    /** Whether the user chairs (or chaired) a meeting with the case on its agenda. */
    boolean chairs(long userId, long caseId) {
        return jdbc.sql("""
                select count(*) from agenda_item i join meeting m on m.id = i.meeting_id
                where i.case_id = ? and m.chair_user_id = ?""")
                .param(caseId).param(userId).query(Integer.class).single() > 0;
    }
}
