package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import nl.doorbraak.casefile.internal.CaseFiles;
import nl.doorbraak.casefile.internal.CaseFilter;
import nl.doorbraak.casefile.internal.CaseGenerator;
import nl.doorbraak.casefile.internal.CaseListItem;
import nl.doorbraak.casefile.internal.CasePage;
import nl.doorbraak.casefile.internal.CaseView;
import nl.doorbraak.casefile.internal.GeneratedVolume;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The generator with a small volume, rolled back afterwards so other tests keep the plain demo data. */
@SpringBootTest
@ActiveProfiles("test")
@Transactional
class CaseGeneratorTest {

    private static final int CASES = 200;
    private static final String GENERATED = "youth_name like '%(gegenereerd)'";
    /** The timeline each status must have, oldest first. */
    private static final Map<String, String> TIMELINES = Map.of(
            "CONCEPT", "CONCEPT_OPGESLAGEN",
            "AANGEMELD", "CONCEPT_OPGESLAGEN AANGEMELD",
            "IN_VOOROVERLEG", "CONCEPT_OPGESLAGEN AANGEMELD VOOROVERLEG_GESTART",
            "TOEGELATEN", "CONCEPT_OPGESLAGEN AANGEMELD VOOROVERLEG_GESTART TOEGELATEN",
            "TERUGGESTUURD", "CONCEPT_OPGESLAGEN AANGEMELD VOOROVERLEG_GESTART TERUGGESTUURD",
            "AFGEWEZEN", "CONCEPT_OPGESLAGEN AANGEMELD VOOROVERLEG_GESTART AFGEWEZEN",
            "AFGESLOTEN", "CONCEPT_OPGESLAGEN AANGEMELD VOOROVERLEG_GESTART TOEGELATEN AFGESLOTEN",
            "GESTOPT", "CONCEPT_OPGESLAGEN AANGEMELD TOESTEMMING_INGETROKKEN");

    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired Werkwijzen werkwijzen;
    @Autowired UserDirectory users;
    @Autowired Clock clock;
    @Autowired CaseFiles caseFiles;

    @Test
    void addsTheRightNumberOfRowsToEveryTable() {
        Map<String, Long> before = counts();
        GeneratedVolume volume = generator().generate(CASES);
        Map<String, Long> after = counts();

        assertThat(volume.cases()).isEqualTo(CASES);
        assertThat(added(before, after, "case_file")).isEqualTo(CASES);
        assertThat(added(before, after, "case_consent")).isEqualTo(CASES).isEqualTo(volume.consents());
        assertThat(added(before, after, "case_participant")).isEqualTo(CASES).isEqualTo(volume.participants());
        assertThat(added(before, after, "case_guardian")).isEqualTo(volume.guardians()).isBetween((long) CASES, 2L * CASES);
        assertThat(added(before, after, "case_event")).isEqualTo(volume.events()).isGreaterThan(2L * CASES);
        assertThat(added(before, after, "triage_decision")).isEqualTo(volume.triageDecisions()).isPositive();
        assertThat(added(before, after, "audit_log")).isGreaterThanOrEqualTo(volume.auditEntries()).isGreaterThan(CASES);
        assertThat(generatedCount("status = 'AFGESLOTEN'")).isGreaterThan(generatedCount("status = 'AANGEMELD'"));
        assertThat(generatedCount("out_of_school_since < submitted_at - interval '3 months'")).isPositive();
    }

    @Test
    void everyStatusHasTheTimelineAndDecisionThatLeadToIt() {
        generator().generate(CASES);

        List<String> mismatches = jdbc.sql("""
                select c.id, c.status, string_agg(e.type, ' ' order by e.occurred_at, e.id) as timeline
                from case_file c join case_event e on e.case_id = c.id where c.""" + GENERATED + """
                 group by c.id, c.status""")
                .query((rs, n) -> rs.getString("status") + ": " + rs.getString("timeline")).list().stream()
                .filter(line -> !line.equals(line.substring(0, line.indexOf(':')) + ": "
                        + TIMELINES.get(line.substring(0, line.indexOf(':')))))
                .toList();
        assertThat(mismatches).isEmpty();
        assertThat(generatedCount("""
                status in ('TOEGELATEN', 'TERUGGESTUURD', 'AFGEWEZEN', 'AFGESLOTEN')
                <> exists (select 1 from triage_decision d where d.case_id = case_file.id)""")).isZero();
        assertThat(generatedCount("""
                (status = 'GESTOPT') <> exists (select 1 from case_consent k where k.case_id = case_file.id
                and k.withdrawn_on is not null)""")).isZero();
        assertThat(generatedCount("status <> 'CONCEPT' and table_deadline is null")).isZero();
    }

    @Test
    void aGeneratedCoordinatorSeesTheCasesOfTheirRegionOnly() {
        generator().generate(CASES);
        CurrentUser coordinator = users.asCurrentUser("gen-coordinator-utrecht-1").orElseThrow();

        CasePage page = caseFiles.ofMyRegions(coordinator, new CaseFilter(null, null, null, false), 0, 1000);

        long submittedInUtrecht = jdbc.sql("select count(*) from case_file where region_slug = 'utrecht' and status <> 'CONCEPT'")
                .query(Long.class).single();
        assertThat(page.items()).hasSize((int) submittedInUtrecht).isNotEmpty()
                .extracting(CaseListItem::regionSlug).containsOnly("utrecht");
        long generatedShown = page.items().stream().filter(item -> item.youthName().endsWith("(gegenereerd)")).count();
        assertThat(generatedShown).isEqualTo(generatedCount("region_slug = 'utrecht' and status <> 'CONCEPT'"));

        Map<Boolean, Long> closedAndOpen = page.items().stream()
                .collect(Collectors.partitioningBy(item -> item.status() == CaseStatus.AFGESLOTEN, Collectors.counting()));
        long closedId = page.items().stream().filter(item -> item.status() == CaseStatus.AFGESLOTEN).findFirst()
                .orElseThrow().id();
        CaseView closed = caseFiles.view(coordinator, closedId);
        assertThat(closed.timeline()).hasSize(5);
        assertThat(closedAndOpen.get(true)).isPositive();
    }

    private CaseGenerator generator() {
        return new CaseGenerator(jdbc, transaction, werkwijzen, users, clock, true);
    }

    private long generatedCount(String condition) {
        return jdbc.sql("select count(*) from case_file where " + GENERATED + " and (" + condition + ")")
                .query(Long.class).single();
    }

    private Map<String, Long> counts() {
        return List.of("case_file", "case_guardian", "case_consent", "case_participant", "case_event",
                "triage_decision", "audit_log").stream()
                .collect(Collectors.toMap(table -> table,
                        table -> jdbc.sql("select count(*) from " + table).query(Long.class).single()));
    }

    private static long added(Map<String, Long> before, Map<String, Long> after, String table) {
        return after.get(table) - before.get(table);
    }
}
