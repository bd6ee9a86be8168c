package nl.doorbraak.voortgang.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminder job: the owner of every open agreement of a finalised verslag of a case in execution hears
 * {@code days} days before the deadline (or later, when the job missed that day) and once when it has passed.
 * Each reminder is a row in voortgang_herinnering first: the unique key makes a second run, or a run on another
 * instance, send nothing.
 */
@Service
public class AgreementReminders {

    private final JdbcClient jdbc;
    private final ProgressMail mail;
    private final ProgressClock clock;
    private final int daysBefore;

    AgreementReminders(JdbcClient jdbc, ProgressMail mail, ProgressClock clock,
            @Value("${doorbraak.herinneringen.dagen-voor-deadline:3}") int daysBefore) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.clock = clock;
        this.daysBefore = daysBefore;
    }

    /** @return how many reminders were queued */
    @Transactional
    public int sendDue() {
        LocalDate today = clock.today();
        int sent = 0;
        for (Due due : due(today)) {
            String kind = due.dueOn().isBefore(today) ? "OVERDUE" : "BEFORE";
            if (record(due.agreementId(), kind, today)) {
                sent += mail.send(List.of(due.ownerUserId()), "OVERDUE".equals(kind) ? "AFSPRAAK_VERLOPEN"
                        : "AFSPRAAK_HERINNERING", "OVERDUE".equals(kind) ? "overdue" : "before", "/afspraken");
            }
        }
        return sent;
    }

    private List<Due> due(LocalDate today) {
        return jdbc.sql("""
                select a.id, a.owner_user_id, a.due_on from verslag_agreement a
                join verslag v on v.id = a.verslag_id
                join case_file c on c.id = a.case_id
                where a.status = 'OPEN' and a.owner_user_id is not null and a.due_on <= :soon
                  and v.latest_version > 0 and c.status = 'IN_UITVOERING'
                  and not exists (select 1 from voortgang_herinnering h where h.agreement_id = a.id
                                  and h.kind = case when a.due_on < :today then 'OVERDUE' else 'BEFORE' end)
                order by a.id""")
                .param("today", today).param("soon", today.plusDays(daysBefore))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).list();
    }

    private boolean record(long agreementId, String kind, LocalDate today) {
        return jdbc.sql("""
                insert into voortgang_herinnering (agreement_id, kind, sent_on) values (?, ?, ?)
                on conflict do nothing""").params(agreementId, kind, today).update() == 1;
    }

    private record Due(long agreementId, long ownerUserId, LocalDate dueOn) {
    }
}
