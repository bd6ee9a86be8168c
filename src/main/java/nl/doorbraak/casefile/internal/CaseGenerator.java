package nl.doorbraak.casefile.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the database with a national volume of invented cases, set-based ({@code insert ... select from
 * generate_series}), in batches of {@value #BATCH} cases per transaction. The cases go into the regions that have a
 * werkwijze (case pages, triage and the duplicate check need one), spread over 342 generated municipalities; every
 * case has its consent, guardians, referrer, a timeline that fits its status, triage decisions and audit entries,
 * with the same shapes the services write. Running it again adds more; it never changes existing rows.
 */
public class CaseGenerator {

    static final int BATCH = 10_000;
    private static final Logger log = LoggerFactory.getLogger(CaseGenerator.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Werkwijzen werkwijzen;
    private final GeneratedActors actors;
    private final Clock clock;

    public CaseGenerator(JdbcClient jdbc, TransactionTemplate transaction, Werkwijzen werkwijzen, UserDirectory users,
            Clock clock, boolean demo) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.werkwijzen = werkwijzen;
        this.actors = new GeneratedActors(jdbc, users, demo);
        this.clock = clock;
    }

    public GeneratedVolume generate(int count) {
        long start = System.nanoTime();
        List<String> regions = werkwijzen.all().stream().map(Werkwijze::slug).sorted().toList();
        List<String> municipalities = GeneratedNames.municipalities();
        int schools = actors.ensureSchools(regions, municipalities);
        List<GeneratedActors.Actor> people = actors.ensureUsers(regions);
        log.info("Genereren: {} regio's, {} gemeenten, {} nieuwe scholen, {} gegenereerde accounts", regions.size(),
                municipalities.size(), schools, people.size());
        GeneratedVolume total = GeneratedVolume.none();
        for (int done = 0; done < count; done += BATCH) {
            int size = Math.min(BATCH, count - done);
            GeneratedVolume batch = transaction.execute(status -> batch(size, regions, municipalities, people));
            total = total.plus(batch);
            log.info("Genereren: {} van {} casussen ({} ms)", done + size, count, elapsedMillis(start));
        }
        jdbc.sql("analyze case_file, case_guardian, case_consent, case_participant, case_event, triage_decision, audit_log")
                .update();
        GeneratedVolume result = new GeneratedVolume(total.cases(), total.guardians(), total.consents(),
                total.participants(), total.events(), total.triageDecisions(), total.auditEntries(), elapsedMillis(start));
        log.info("Genereren klaar: {}", result);
        return result;
    }

    private GeneratedVolume batch(int size, List<String> regions, List<String> municipalities,
            List<GeneratedActors.Actor> people) {
        createScratchTables(regions, municipalities, people);
        jdbc.sql(GeneratedCaseSql.CASES)
                .param("count", size).param("now", Timestamp.from(clock.instant()))
                .param("municipalityCount", municipalities.size())
                .param("firstNames", String.join(",", GeneratedNames.FIRST_NAMES))
                .param("surnames", String.join(",", GeneratedNames.SURNAMES))
                .param("firstCount", GeneratedNames.FIRST_NAMES.size())
                .param("surnameCount", GeneratedNames.SURNAMES.size())
                .param("schoolsPerType", GeneratedActors.SCHOOLS_PER_TYPE)
                .param("referrers", GeneratedActors.REFERRERS).param("coordinators", GeneratedActors.COORDINATORS)
                .update();
        long cases = jdbc.sql(GeneratedCaseSql.CASE_FILES).update();
        long guardians = jdbc.sql(GeneratedCaseSql.GUARDIANS).update();
        long consents = jdbc.sql(GeneratedCaseSql.CONSENTS).update();
        long participants = jdbc.sql(GeneratedCaseSql.PARTICIPANTS).update();
        long events = jdbc.sql(GeneratedCaseSql.EVENTS).update();
        long decisions = jdbc.sql(GeneratedCaseSql.TRIAGE_DECISIONS).update();
        long audit = jdbc.sql(GeneratedCaseSql.AUDIT).update();
        return new GeneratedVolume(cases, guardians, consents, participants, events, decisions, audit, 0);
    }

    private void createScratchTables(List<String> regions, List<String> municipalities,
            List<GeneratedActors.Actor> people) {
        jdbc.sql("drop table if exists gen_municipality, gen_actor, gen_case").update();
        jdbc.sql("""
                create temp table gen_municipality on commit drop as
                select (m.no - 1)::int as no, m.name,
                       (string_to_array(:regions, ','))[((m.no - 1) % :regionCount) + 1] as region_slug
                from unnest(string_to_array(:municipalities, ',')) with ordinality as m(name, no)""")
                .param("regions", String.join(",", regions)).param("regionCount", regions.size())
                .param("municipalities", String.join(",", municipalities)).update();
        jdbc.sql("""
                create temp table gen_actor (region_slug varchar(64), kind char(1), number int, user_id bigint,
                    username varchar(100), display_name varchar(200), email varchar(320)) on commit drop""").update();
        for (GeneratedActors.Actor actor : people) {
            jdbc.sql("insert into gen_actor values (?, ?, ?, ?, ?, ?, ?)")
                    .params(actor.regionSlug(), actor.kind(), actor.number(), actor.userId(), actor.username(),
                            actor.displayName(), actor.email()).update();
        }
    }

    private static long elapsedMillis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
