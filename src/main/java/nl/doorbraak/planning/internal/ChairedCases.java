package nl.doorbraak.planning.internal;

import java.util.HashSet;
import java.util.Set;

import nl.doorbraak.casefile.CaseAgendas;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells need-to-know who chairs a case: read from the meetings themselves, so a replaced chair or a cancelled
 * meeting ends the chair's access at once, with nothing to keep in step.
 */
@Component
class ChairedCases implements CaseAgendas {

    private final JdbcClient jdbc;

    ChairedCases(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<Long> chairsOf(long caseId) {
        return new HashSet<>(jdbc.sql("""
                select distinct m.chair_user_id from agenda_item i join meeting m on m.id = i.meeting_id
                where i.case_id = ? and m.status = 'PLANNED' and m.chair_user_id is not null""")
                .param(caseId).query(Long.class).list());
    }

    @Override
    public Set<Long> casesChairedBy(long userId) {
        return new HashSet<>(jdbc.sql("""
                select distinct i.case_id from meeting m join agenda_item i on i.meeting_id = m.id
                where m.chair_user_id = ? and m.status = 'PLANNED'""")
                .param(userId).query(Long.class).list());
    }
}
