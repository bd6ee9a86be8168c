package nl.doorbraak.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nl.doorbraak.audit.AuditOutcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * Prints how fast the privacy officer's audit log view stays with millions of rows.
 * Run with {@code mvn verify -Pbenchmark} (rows: {@code -Dbench.rows=2000000}); it asserts no timings.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class AuditLogBenchmark {

    private static final int REPETITIONS = 7;

    @Autowired AuditLogSearch search;
    @Autowired JdbcClient jdbc;

    @Test
    void printsAuditLogQueryTimesAtNationalScale() {
        int rows = Integer.getInteger("bench.rows", 2_000_000);
        long loadMillis = timed(() -> { fill(rows); return null; });
        System.out.printf("%nAudit log benchmark: %,d rows loaded in %,d ms%n", rows, loadMillis);

        Map<String, Supplier<Object>> scenarios = new LinkedHashMap<>();
        scenarios.put("newest page, no filter", () -> search.page(AuditFilter.none(), AuditCursor.newest(), 50));
        scenarios.put("filter actor", () -> search.page(filter("user42", null, null, null), AuditCursor.newest(), 50));
        scenarios.put("filter object id (one case)", () -> search.page(filter(null, null, "1234", null), AuditCursor.newest(), 50));
        scenarios.put("filter action + 7 days", () -> search.page(new AuditFilter(null, "GEBRUIKER_GEWIJZIGD", null, null,
                null, LocalDate.now().minusDays(7), LocalDate.now()), AuditCursor.newest(), 50));
        scenarios.put("filter outcome DENIED", () -> search.page(filter(null, null, null, AuditOutcome.DENIED), AuditCursor.newest(), 50));
        scenarios.put("page 100 by keyset", this::hundredthPage);
        scenarios.put("export 100 000 rows (streamed)", this::export);

        System.out.printf("%-34s %10s %10s%n", "scenario", "median ms", "max ms");
        scenarios.forEach((name, scenario) -> report(name, scenario));
        long heapMb = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024 * 1024);
        System.out.printf("heap in use after run: %,d MB%n%n", heapMb);
        assertThat(jdbc.sql("select count(*) from audit_log").query(Long.class).single()).isGreaterThanOrEqualTo(rows);
    }

    private void fill(int rows) {
        jdbc.sql("""
                insert into audit_log (occurred_at, actor, on_behalf_of, actor_role, action, object_type, object_id,
                                       subject_ref, client_address, outcome)
                select now() - (g * interval '13 seconds'), 'user' || (g % 5000), 'user' || (g % 5000), 'COORDINATOR',
                       (array['INLOGGEN','CASUS_BEKEKEN','GEBRUIKER_GEWIJZIGD','AANMELDING_INGEDIEND'])[1 + g % 4],
                       'CASUS', (g % 40000)::text, 'casus:' || (g % 40000), '10.0.' || (g % 200) || '.1',
                       case when g % 97 = 0 then 'DENIED' else 'SUCCESS' end
                from generate_series(1, :rows) g
                """).param("rows", rows).update();
        jdbc.sql("analyze audit_log").update();
    }

    private Object hundredthPage() {
        AuditPage page = search.page(AuditFilter.none(), AuditCursor.newest(), 50);
        for (int i = 1; i < 100 && page.olderThan() != null; i++) {
            page = search.page(AuditFilter.none(), AuditCursor.olderThan(page.olderThan()), 50);
        }
        return page;
    }

    private Object export() {
        AtomicLong count = new AtomicLong();
        search.forEach(AuditFilter.none(), 100_000, entry -> count.incrementAndGet());
        return count.get();
    }

    private static AuditFilter filter(String actor, String action, String objectId, AuditOutcome outcome) {
        return new AuditFilter(actor, action, null, objectId, outcome, null, null);
    }

    private static void report(String name, Supplier<Object> scenario) {
        scenario.get();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < REPETITIONS; i++) {
            times.add(timed(scenario));
        }
        Collections.sort(times);
        System.out.printf("%-34s %10d %10d%n", name, times.get(REPETITIONS / 2), times.get(REPETITIONS - 1));
    }

    private static long timed(Supplier<?> work) {
        long start = System.nanoTime();
        work.get();
        return (System.nanoTime() - start) / 1_000_000;
    }
}
