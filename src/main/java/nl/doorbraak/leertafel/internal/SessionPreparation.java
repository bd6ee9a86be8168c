package nl.doorbraak.leertafel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The seed's half hour of preparation: members see a session's agenda and its cases from a week before the session.
 * Before that only the author of a case, the chair and the coordinators (who compose the agenda) see it.
 */
@Component
public class SessionPreparation {

    private final JdbcClient jdbc;

    SessionPreparation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Whether members (other than its author) may read the case on {@code today}: it is on the agenda of a session
     * of its own table that is not cancelled and starts within {@value LeertafelSession#PREPARATION_DAYS} days, or
     * started already (a past session's cases stay readable for what was learnt).
     */
    public boolean caseVisibleToMembers(long leertafelCaseId, LocalDate today) {
        return jdbc.sql("""
                select count(*) from leertafel_agenda_item a
                join leertafel_session s on s.id = a.session_id
                join leertafel_case c on c.id = a.leertafel_case_id
                where a.leertafel_case_id = :case and s.status <> 'GEANNULEERD'
                  and s.region_slug = c.region_slug and s.table_code = c.table_code
                  and s.starts_at < :until""")
                .param("case", leertafelCaseId)
                .param("until", opensUntil(today))
                .query(Long.class).single() > 0;
    }

    /** Sessions starting before this moment have their agenda and cases open to the members on {@code today}. */
    static LocalDateTime opensUntil(LocalDate today) {
        return today.plusDays(LeertafelSession.PREPARATION_DAYS + 1L).atStartOfDay();
    }
}
