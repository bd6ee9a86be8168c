package nl.doorbraak.themes.internal;

import nl.doorbraak.audit.AuditEvent;
import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.common.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo only: every case of every region that has a finalised verslag or was closed, and has no knelpunten yet, gets
 * two of its region's knelpunten (picked by its id, never "anders"), tagged by the region's coordinator on the day
 * the rule gives: the closure date, else the day the table of its latest verslag met. Generated cases (closed over
 * the last two years) spread the trends over the quarters. One statement for all cases, so it stays quick however
 * many cases were generated; runs after the verslag demo, and does nothing the second time.
 */
@Component
class KnelpuntenDemo {

    private static final Logger log = LoggerFactory.getLogger(KnelpuntenDemo.class);

    private static final String TAG = """
            with candidate as (
                select c.id, c.region_slug, coalesce(
                       case when c.status = 'AFGESLOTEN' then cast(c.closed_at at time zone 'Europe/Amsterdam' as date) end,
                       (%s and v.case_id = c.id)) as occurred_on
                from case_file c
                where (c.status = 'AFGESLOTEN' or exists (select 1 from verslag v join verslag_version vv on vv.verslag_id = v.id
                                                          where v.case_id = c.id))
                  and not exists (select 1 from theme_tag g where g.case_id = c.id)),
            ranked as (
                select t.id, t.region_slug, row_number() over (partition by t.region_slug order by t.position, t.id) - 1 as rank,
                       count(*) over (partition by t.region_slug) as n
                from theme t where t.active and t.code <> 'anders'),
            pick as (
                select c.id as case_id, c.region_slug, c.occurred_on, p.k
                from candidate c cross join (values (0), (1)) as p(k) where c.occurred_on is not null)
            insert into theme_tag (theme_id, case_id, occurred_on, tagged_by, tagged_at)
            select r.id, p.case_id, p.occurred_on, u.id, now()
            from pick p
            join ranked r on r.region_slug = p.region_slug
                         and r.rank = case when p.k = 0 then p.case_id %% r.n else (p.case_id * 7 + 3) %% r.n end
            join app_user u on u.username = 'coordinator-' || p.region_slug
            where p.occurred_on <= current_date
            on conflict (case_id, theme_id) where case_id is not null do nothing""".formatted(CaseMoments.LATEST_VERSLAG_DAY);

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    KnelpuntenDemo(DemoMode demoMode, JdbcClient jdbc, AuditLog audit, TransactionTemplate transaction) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.audit = audit;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(500)
    public void tagCasesWithAVerslagOrClosure() {
        if (!demoMode.enabled() || alreadyTagged()) {
            return;
        }
        Integer tags = transaction.execute(status -> {
            int added = jdbc.sql(TAG).update();
            if (added > 0) {
                audit.record(AuditEvent.of("KNELPUNTEN_GEWIJZIGD", "DEMO", "knelpunten").withActor("systeem")
                        .withDetails("demo: " + added + " knelpunten op casussen met een verslag of afsluiting"));
            }
            return added;
        });
        if (tags != null && tags > 0) {
            log.info("Demo: {} knelpunten vastgelegd op casussen met een verslag of afsluiting", tags);
        }
    }

    /** Once only: a case a user closed later keeps the knelpunten the user chose, also none. */
    private boolean alreadyTagged() {
        return jdbc.sql("select count(*) from audit_log where action = 'KNELPUNTEN_GEWIJZIGD' and object_type = 'DEMO'")
                .query(Long.class).single() > 0;
    }
}
