package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseFilter;
import nl.doorbraak.casefile.internal.CaseGenerator;
import nl.doorbraak.casefile.internal.GeneratedVolume;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.organisation.SchoolType;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Prints how fast the case lists stay at national volume: generates {@code bench.cases} cases (default 50,000),
 * times the coordinator list and "mijn casussen" through {@link CaseFiles} and the duplicate check's query, and prints the
 * plans (EXPLAIN ANALYZE, BUFFERS) of the same statements. Run with {@code mvn verify -Pbenchmark}; it asserts no
 * timings.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class CaseListBenchmark {

    private static final int REPETITIONS = 7;
    private static final int PAGE_SIZE = 50;
    private static final String REGION = "utrecht";
    private static final CaseFilter NONE = new CaseFilter(null, null, null, false);
    private static final String LIST = """
            select c.id, c.region_slug, c.status, c.youth_name, c.municipality, c.school_type, c.submitted_at,
                   c.table_deadline, coalesce(c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN')
                   and c.table_deadline < current_date, false) as overdue
            from case_file c""";
    private static final String REGION_WHERE = " where c.region_slug in ('utrecht') and c.status <> 'CONCEPT'";

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Werkwijzen werkwijzen;
    @Autowired UserDirectory users;
    @Autowired Clock clock;
    @Autowired CaseFiles caseFiles;

    @Test
    void printsCaseListTimesAtNationalScale() {
        int cases = Integer.getInteger("bench.cases", 50_000);
        GeneratedVolume volume = new CaseGenerator(jdbc, transaction, werkwijzen, users, clock, true).generate(cases);
        System.out.printf("%nCase list benchmark: %,d cases generated in %,d ms (%s)%n", cases, volume.millis(), volume);
        CurrentUser coordinator = users.asCurrentUser("gen-coordinator-" + REGION + "-1").orElseThrow();
        CurrentUser referrer = users.asCurrentUser("gen-verwijzer-" + REGION + "-1").orElseThrow();
        String municipality = jdbc.sql("select municipality from case_file where region_slug = ? and municipality is not null"
                + " group by municipality order by count(*) desc limit 1").param(REGION).query(String.class).single();
        Map<String, Object> youth = jdbc.sql("""
                select youth_name, youth_birth_date from case_file where region_slug = ? and status = 'TOEGELATEN'
                order by id desc limit 1""").param(REGION).query().singleRow();
        String youthName = (String) youth.get("youth_name");
        LocalDate birthDate = ((java.sql.Date) youth.get("youth_birth_date")).toLocalDate();
        System.out.printf("region %s: %,d cases; coordinator %s; referrer %s in %,d cases%n", REGION,
                jdbc.sql("select count(*) from case_file where region_slug = ?").param(REGION).query(Long.class).single(),
                coordinator.username(), referrer.username(), jdbc.sql("select count(*) from case_participant where user_id = ?")
                        .param(referrer.id()).query(Long.class).single());

        Map<String, Supplier<Object>> scenarios = new LinkedHashMap<>();
        scenarios.put("coordinator first page", () -> caseFiles.ofMyRegions(coordinator, NONE, 0, PAGE_SIZE));
        scenarios.put("filter status AANGEMELD", () -> caseFiles.ofMyRegions(coordinator,
                new CaseFilter(CaseStatus.AANGEMELD, null, null, false), 0, PAGE_SIZE));
        scenarios.put("filter municipality", () -> caseFiles.ofMyRegions(coordinator,
                new CaseFilter(null, municipality, null, false), 0, PAGE_SIZE));
        scenarios.put("filter school type VSO", () -> caseFiles.ofMyRegions(coordinator,
                new CaseFilter(null, null, SchoolType.VSO, false), 0, PAGE_SIZE));
        scenarios.put("overdue only", () -> caseFiles.ofMyRegions(coordinator, new CaseFilter(null, null, null, true), 0,
                PAGE_SIZE));
        scenarios.put("page 40", () -> caseFiles.ofMyRegions(coordinator, NONE, 40, PAGE_SIZE));
        scenarios.put("mijn casussen (referrer)", () -> caseFiles.involvingMe(referrer, 0, PAGE_SIZE));
        // the submission's check (PossibleDuplicateRepository.MATCH_SQL), straight on the database
        scenarios.put("duplicate check", () -> jdbc.sql("""
                select id, region_slug from case_file where lower(youth_name) = lower(?) and youth_birth_date = ?
                and id <> 0 and status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN', 'GEPLAND', 'IN_UITVOERING')
                order by id limit 20""").params(youthName, birthDate).query().listOfRows());
        System.out.printf("%-30s %10s %10s%n", "scenario (page + capped count)", "median ms", "max ms");
        scenarios.forEach(CaseListBenchmark::report);

        Map<String, String> plans = new LinkedHashMap<>();
        plans.put("first page", LIST + REGION_WHERE + " order by c.id desc limit 50");
        plans.put("first page count", "select count(*) from (select 1 from case_file c" + REGION_WHERE + " limit 1001) x");
        plans.put("status", LIST + REGION_WHERE + " and c.status = 'AANGEMELD' order by c.id desc limit 50");
        plans.put("status count", "select count(*) from (select 1 from case_file c" + REGION_WHERE
                + " and c.status = 'AANGEMELD' limit 1001) x");
        plans.put("municipality", LIST + REGION_WHERE + " and c.municipality = '" + municipality + "' order by c.id desc limit 50");
        plans.put("school type", LIST + REGION_WHERE + " and c.school_type = 'VSO' order by c.id desc limit 50");
        plans.put("overdue", LIST + REGION_WHERE + " and c.status in ('AANGEMELD', 'IN_VOOROVERLEG', 'TOEGELATEN')"
                + " and c.table_deadline < current_date order by c.id desc limit 50");
        plans.put("page 40", LIST + REGION_WHERE + " order by c.id desc limit 50 offset 2000");
        plans.put("mijn casussen", LIST + " where c.id in (select p.case_id from case_participant p where p.user_id = "
                + referrer.id() + ") order by c.id desc limit 50");
        plans.put("duplicate check", "select id from case_file where lower(youth_name) = lower('" + youthName
                + "') and youth_birth_date = date '" + birthDate + "' and status in ('AANGEMELD', 'IN_VOOROVERLEG',"
                + " 'TOEGELATEN', 'GEPLAND', 'IN_UITVOERING') order by id");
        plans.forEach(this::explain);
        assertThat(jdbc.sql("select count(*) from case_file").query(Long.class).single()).isGreaterThanOrEqualTo(cases);
    }

    /** The plan's scan and sort nodes and its execution time, enough to see whether an index is used. */
    private void explain(String name, String sql) {
        List<String> plan = jdbc.sql("explain (analyze, buffers) " + sql).query(String.class).list();
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
        System.out.printf("%-30s %10.1f %10.1f%n", name, times.get(REPETITIONS / 2) / 1000.0,
                times.get(REPETITIONS - 1) / 1000.0);
    }
}
