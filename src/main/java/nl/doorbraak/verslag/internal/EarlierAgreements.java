package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import nl.doorbraak.planning.AgendaEntry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open agreements a follow-up meeting starts from: those of the case's other finalised verslagen that are not
 * done (OPEN or PROBLEEM), earliest deadline first. Callers have checked the case already (the meeting mode did).
 */
@Service
@Transactional(readOnly = true)
public class EarlierAgreements {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final JdbcClient jdbc;
    private final Clock clock;

    EarlierAgreements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public List<EarlierAgreement> of(AgendaEntry entry) {
        LocalDate today = LocalDate.now(clock.withZone(ZONE));
        return jdbc.sql("""
                select a.id, a.what, p.name, a.due_on, a.status, m.starts_at
                from verslag_agreement a
                join verslag v on v.id = a.verslag_id
                join agenda_participant p on p.id = a.owner_id
                join agenda_item i on i.id = v.agenda_item_id
                join meeting m on m.id = i.meeting_id
                where a.case_id = ? and v.agenda_item_id <> ? and v.latest_version > 0 and a.status in ('OPEN', 'PROBLEEM')
                order by a.due_on, a.id""")
                .params(entry.caseId(), entry.itemId())
                .query((rs, n) -> {
                    LocalDate due = rs.getObject(4, LocalDate.class);
                    return new EarlierAgreement(rs.getLong(1), rs.getString(2), rs.getString(3), due,
                            rs.getString(5), rs.getObject(6, LocalDateTime.class).toLocalDate(), due.isBefore(today));
                })
                .list();
    }
}
