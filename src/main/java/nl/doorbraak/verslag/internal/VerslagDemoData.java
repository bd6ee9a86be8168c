package nl.doorbraak.verslag.internal;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import nl.doorbraak.common.DemoMode;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.planning.AgendaEntry;
import nl.doorbraak.planning.Agendas;
import nl.doorbraak.region.Werkwijzen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: every past meeting with a chair and participants but no verslag gets a complete draft, finalised by its
 * chair through the real service, so each region shows a case in execution with a finalised verslag. Runs after the
 * demo cases and the demo meetings exist; does nothing the second time.
 */
@Component
public class VerslagDemoData {

    private static final Logger log = LoggerFactory.getLogger(VerslagDemoData.class);

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final Agendas agendas;
    private final Werkwijzen werkwijzen;
    private final UserDirectory users;
    private final VerslagDemoDraft drafts;
    private final FinalisingService finalising;
    private final TransactionTemplate transactions;
    private final Clock clock;

    VerslagDemoData(DemoMode demoMode, JdbcClient jdbc, Agendas agendas, Werkwijzen werkwijzen, UserDirectory users,
            VerslagDemoDraft drafts, FinalisingService finalising, TransactionTemplate transactions, Clock clock) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.agendas = agendas;
        this.werkwijzen = werkwijzen;
        this.users = users;
        this.drafts = drafts;
        this.finalising = finalising;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(400)
    public void finalisePastMeetings() {
        if (!demoMode.enabled()) {
            return;
        }
        int done = 0;
        List<Long> items = pastItemsWithoutVerslag();
        for (int i = 0; i < items.size(); i++) {
            done += finalise(items.get(i), i) ? 1 : 0;
        }
        if (done > 0) {
            log.info("Demo: {} verslagen vastgesteld", done);
        }
    }

    List<Long> pastItemsWithoutVerslag() {
        return jdbc.sql("""
                select i.id from agenda_item i join meeting m on m.id = i.meeting_id join case_file c on c.id = i.case_id
                where m.status = 'PLANNED' and m.chair_user_id is not null and m.starts_at < ?
                  and c.status in ('GEPLAND', 'IN_UITVOERING')
                  and exists (select 1 from agenda_participant p where p.agenda_item_id = i.id
                              and (p.user_id is null or p.user_id <> m.chair_user_id))
                  and not exists (select 1 from verslag v where v.agenda_item_id = i.id)
                order by m.region_slug, m.starts_at, i.id""")
                .param(LocalDateTime.now(clock.withZone(ZoneId.of("Europe/Amsterdam"))))
                .query(Long.class).list();
    }

    private boolean finalise(long itemId, int variant) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                AgendaEntry entry = agendas.entry(itemId).orElseThrow();
                CurrentUser chair = users.find(entry.chairUserId())
                        .flatMap(contact -> users.asCurrentUser(contact.username())).orElseThrow();
                drafts.write(entry, werkwijzen.get(entry.regionSlug()), variant);
                FinalisingOutcome outcome = finalising.finalise(chair, itemId);
                if (!outcome.done()) {
                    status.setRollbackOnly();
                    log.warn("Demo: verslag bij agendapunt {} onvolledig: {}", itemId,
                            outcome.problems().stream().map(FinalisingProblem::messageKey).toList());
                }
                return outcome.done();
            }));
        } catch (RuntimeException e) {
            log.warn("Demo: verslag bij agendapunt {} niet vastgesteld: {}", itemId, e.toString());
            return false;
        }
    }
}
