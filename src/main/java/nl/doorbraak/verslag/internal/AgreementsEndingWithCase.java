package nl.doorbraak.verslag.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.casefile.CaseEnding;
import nl.doorbraak.casefile.CaseLooseEnds;
import nl.doorbraak.casefile.CaseParticipation;
import nl.doorbraak.casefile.LooseEnd;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A case that ends lets its open agreements (open or with a reported problem, of finalised verslagen) lapse, inside
 * the closing transaction: status VERVALLEN with a history row naming the closure, audited per agreement, one line
 * on the timeline. A draft verslag of a meeting ahead is dropped, so planning can take the case off that meeting.
 */
@Component
class AgreementsEndingWithCase implements CaseLooseEnds {

    private final JdbcClient jdbc;
    private final AgreementHistoryRepository history;
    private final CaseParticipation participation;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    AgreementsEndingWithCase(JdbcClient jdbc, AgreementHistoryRepository history, CaseParticipation participation,
            AuditLog audit, MessageSource messages, Clock clock) {
        this.messages = messages;
        this.jdbc = jdbc;
        this.history = history;
        this.participation = participation;
        this.audit = audit;
        this.clock = clock;
    }

    /** Each open agreement: its deadline, what, and its owner as the verslag names them. */
    @Override
    public List<LooseEnd> openFor(long caseId) {
        return jdbc.sql("""
                select a.id, a.due_on, a.what, p.name from verslag_agreement a join verslag v on v.id = a.verslag_id
                left join agenda_participant p on p.id = a.owner_id
                where a.case_id = ? and v.latest_version > 0 and a.status in ('OPEN', 'PROBLEEM')
                order by a.due_on, a.id""")
                .param(caseId).query((rs, n) -> new LooseEnd(LooseEnd.Kind.AFSPRAAK, rs.getLong(1),
                        rs.getObject(2, java.time.LocalDate.class).atStartOfDay(), rs.getString(3), rs.getString(4)))
                .list();
    }

    @EventListener
    @Order(2)
    void on(CaseEnding ending) {
        dropDraftsAhead(ending.caseId());
        Instant now = clock.instant();
        int lapsed = 0;
        for (LooseEnd open : openFor(ending.caseId())) {
            boolean changed = jdbc.sql("""
                    update verslag_agreement set status = 'VERVALLEN' where id = ? and status in ('OPEN', 'PROBLEEM')""")
                    .param(open.id()).update() == 1;
            if (changed) {
                history.add(open.id(), ending.caseId(), "LAPSED", ending.decision(), null, null, ending.actor().id(), now);
                audit.record(AuditEvent.of("AFSPRAAK_VERVALLEN", "AFSPRAAK", open.id())
                        .withSubject("casus:" + ending.caseId()).withActor(ending.actor().username()));
                lapsed++;
            }
        }
        if (lapsed > 0) {
            participation.recordClosedWithCase(ending.actor(), ending.caseId(), LooseEnd.Kind.AFSPRAAK,
                    messages.getMessage("afspraken.closedWithCase.timeline", new Object[] {lapsed},
                            Locale.forLanguageTag("nl")));
        }
    }

    /** Drafts (never finalised) of the case's agenda items on planned meetings that have not begun. */
    private void dropDraftsAhead(long caseId) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), FollowupAccess.ZONE);
        jdbc.sql("""
                delete from verslag v using agenda_item i, meeting m
                where v.agenda_item_id = i.id and i.meeting_id = m.id and v.case_id = ? and v.latest_version = 0
                  and m.status = 'PLANNED' and m.starts_at::date + i.slot_start > ?""")
                .params(caseId, Timestamp.valueOf(now)).update();
    }
}
