package nl.doorbraak.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.doorbraak.casefile.internal.CaseGenerator;
import nl.doorbraak.casefile.internal.GeneratedVolume;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how fast the dashboard stays at national volume: generates {@code bench.cases} cases (default 50,000),
 * gives the closed ones an outcome, moves a third of the admitted ones into execution with a table (some after their
 * promised date) and verslag agreements, then times the whole dashboard and each signal's first page through
 * {@link Dashboards} and prints the plans (EXPLAIN ANALYZE, BUFFERS). Run with {@code mvn verify -Pbenchmark}; it
 * asserts no timings.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class DashboardBenchmark {

    private static final int REPETITIONS = 7;
    private static final String REGION = "utrecht";

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Werkwijzen werkwijzen;
    @Autowired UserDirectory users;
    @Autowired Clock clock;
    @Autowired Dashboards dashboards;
    @Autowired DashboardSettings settings;

    @Test
    void printsDashboardTimesAtNationalScale() {
        int cases = Integer.getInteger("bench.cases", 50_000);
        GeneratedVolume volume = new CaseGenerator(jdbc, transaction, werkwijzen, users, clock, true).generate(cases);
        System.out.printf("%nDashboard benchmark: %,d cases generated in %,d ms (%s)%n", cases, volume.millis(), volume);
        transaction.executeWithoutResult(status -> addFollowUp());
        CurrentUser coordinator = users.asCurrentUser("gen-coordinator-" + REGION + "-1").orElseThrow();
        System.out.printf("region %s: %,d cases, %,d agreements%n", REGION,
                jdbc.sql("select count(*) from case_file where region_slug = ?").param(REGION).query(Long.class).single(),
                jdbc.sql("select count(*) from verslag_agreement a join case_file c on c.id = a.case_id where c.region_slug = ?")
                        .param(REGION).query(Long.class).single());

        Map<String, Supplier<Object>> scenarios = new LinkedHashMap<>();
        scenarios.put("whole dashboard (all counts)", () -> dashboards.numbers(coordinator, REGION));
        for (Signal signal : Signal.values()) {
            scenarios.put("list " + signal.slug(), () -> dashboards.list(coordinator, REGION, signal, 0));
        }
        System.out.printf("%-40s %10s %10s%n", "scenario", "median ms", "max ms");
        scenarios.forEach(DashboardBenchmark::report);

        ReportMoments at = ReportMoments.of(LocalDate.now(clock.withZone(ReportMoments.ZONE)), settings.stilNaDagen());
        for (Signal signal : Signal.values()) {
            explain("count " + signal.slug(), DashboardQueries.countSql(signal), at);
            explain("page " + signal.slug(), DashboardQueries.pageSql(signal), at);
        }
        System.out.println(dashboards.numbers(coordinator, REGION).counts());
        assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isGreaterThanOrEqualTo(cases);
    }

    /** What the generator does not make: outcomes, tables held, promised dates and agreements. */
    private void addFollowUp() {
        jdbc.sql("""
                update case_file c set closed_at = e.occurred_at from case_event e
                where e.case_id = c.id and e.type = 'AFGESLOTEN' and c.status = 'AFGESLOTEN' and c.closed_at is null""")
                .update();
        jdbc.sql("""
                insert into case_outcome (case_id, kind, offer_type, place, starts_on, closed_from, recorded_by, recorded_at)
                select c.id, 'PASSEND_AANBOD', 'EIGEN_SCHOOL', 'School',
                       greatest(c.out_of_school_since, (c.closed_at at time zone 'Europe/Amsterdam')::date),
                       'IN_UITVOERING', c.referrer_user_id, c.closed_at
                from case_file c where c.status = 'AFGESLOTEN' and c.closed_at is not null
                and not exists (select 1 from case_outcome o where o.case_id = c.id)""").update();
        jdbc.sql("""
                with moved as (
                    update case_file set status = 'IN_UITVOERING',
                        table_deadline = (decided_at at time zone 'Europe/Amsterdam')::date + 5
                    where status = 'TOEGELATEN' and id % 3 = 0 returning id, decided_at, referrer_user_id)
                insert into case_event (case_id, occurred_at, actor_user_id, type, reason)
                select id, decided_at + (id % 10) * interval '1 day', referrer_user_id, 'VERSLAG_VASTGESTELD',
                       ((decided_at + (id % 10) * interval '1 day') at time zone 'Europe/Amsterdam')::date::text
                from moved""").update();
        jdbc.sql("""
                with m as (
                    insert into meeting (region_slug, table_code, starts_at, ends_at, location)
                    select c.region_slug, 'bench-' || c.id, c.decided_at at time zone 'Europe/Amsterdam',
                           c.decided_at at time zone 'Europe/Amsterdam' + interval '1 hour', 'Bench'
                    from case_file c where c.status = 'IN_UITVOERING'
                    and not exists (select 1 from agenda_item i where i.case_id = c.id) returning id, table_code),
                i as (
                    insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                    select m.id, substring(m.table_code from 7)::bigint, '09:00', '10:00',
                           (select min(id) from app_user), now() from m returning id, case_id),
                p as (
                    insert into agenda_participant (agenda_item_id, name, role)
                    select i.id, 'Mentor', 'SCHOOL' from i returning id, agenda_item_id),
                v as (
                    insert into verslag (agenda_item_id, case_id) select i.id, i.case_id from i
                    returning id, agenda_item_id, case_id)
                insert into verslag_agreement (verslag_id, case_id, what, owner_id, due_on, result, status, created_at)
                select v.id, v.case_id, 'Afspraak ' || n, p.id, current_date - 30 + ((v.case_id + n * 7) % 60)::int,
                       'Resultaat', case when (v.case_id + n) % 3 = 0 then 'GEDAAN' else 'OPEN' end, now()
                from v join p on p.agenda_item_id = v.agenda_item_id cross join generate_series(1, 3) n""").update();
        jdbc.sql("analyze case_file, case_event, case_outcome, verslag_agreement").update();
    }

    /** The plan's scan and sort nodes and its execution time, enough to see whether an index is used. */
    private void explain(String name, String sql, ReportMoments at) {
        List<String> plan = DashboardQueries.bind(jdbc.sql("explain (analyze, buffers) " + sql), REGION, at)
                .param("limit", Dashboards.PAGE_SIZE).param("offset", 0).query(String.class).list();
        System.out.printf("-- plan: %s%n", name);
        plan.stream().filter(line -> line.contains("Scan") || line.contains("Sort") || line.contains("Execution Time")
                        || line.contains("Buffers: shared") && !line.startsWith(" "))
                .forEach(line -> System.out.println("   " + line.strip()));
    }

    private static void report(String name, Supplier<Object> scenario) {
        scenario.get();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            long start = System.nanoTime();
            scenario.get();
            times.add((System.nanoTime() - start) / 1_000);
        }
        Collections.sort(times);
        System.out.printf("%-40s %10.1f %10.1f%n", name, times.get(REPETITIONS / 2) / 1000.0,
                times.get(REPETITIONS - 1) / 1000.0);
    }
}
