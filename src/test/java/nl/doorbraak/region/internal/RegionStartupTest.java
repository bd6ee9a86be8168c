package nl.doorbraak.region.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import nl.doorbraak.audit.AuditLog;
import nl.doorbraak.organisation.OrganisationDirectory;
import nl.doorbraak.organisation.OrganisationSummary;
import nl.doorbraak.region.RegionCatalog;
import nl.doorbraak.region.RegionSummary;
import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@ActiveProfiles("test")
class RegionStartupTest {

    private static final List<String> SLUGS = List.of("amstelland-meerlanden", "amsterdam", "tilburg", "utrecht", "zuidoost-utrecht");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Werkwijzen werkwijzen;

    @Autowired
    RegionCatalog catalog;

    @Autowired
    OrganisationDirectory organisations;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void everyRegionHasItsRowWithTheHashOfItsFileAfterStart() {
        List<String> hashes = jdbc.sql("select config_hash from region where slug in (:slugs)").param("slugs", SLUGS)
                .query(String.class).list();
        assertThat(hashes).hasSize(5).allMatch(hash -> hash.matches("[0-9a-f]{64}"));
        assertThat(catalog.all()).extracting(RegionSummary::slug).containsExactlyInAnyOrderElementsOf(SLUGS);
        assertThat(catalog.find("amsterdam")).contains(new RegionSummary("amsterdam", "Amsterdam"));
        assertThat(catalog.find("atlantis")).isEmpty();
    }

    @Test
    void everyWerkwijzeOrganisationIsInTheDirectoryAfterStart() {
        for (Werkwijze werkwijze : werkwijzen.all()) {
            List<String> codes = organisations.ofRegion(werkwijze.slug()).stream()
                    .filter(OrganisationSummary::fromWerkwijze).map(OrganisationSummary::code).toList();
            assertThat(codes).as(werkwijze.slug())
                    .containsAll(werkwijze.organisations().stream().map(o -> o.code()).toList());
        }
    }

    @Test
    void recordsTheLoadOfEachRegionInTheAuditLog() {
        int entries = jdbc.sql("""
                select count(*) from audit_log where action = 'WERKWIJZE_GELADEN' and object_type = 'REGIO'
                    and object_id = 'utrecht' and actor = 'systeem' and details like 'hash %'""")
                .query(Integer.class).single();
        assertThat(entries).isPositive();
    }

    @Test
    @Transactional
    void auditsANewOrChangedFileButNotAnUnchangedOne() {
        RegionSynchroniser synchroniser = new RegionSynchroniser(jdbc, organisations, auditLog,
                new TransactionTemplate(transactionManager));
        WerkwijzeLoader loader = new WerkwijzeLoader();
        LoadedWerkwijze first = loader.load("proefregio.yml", WerkwijzeRefusalTest.VALID.getBytes(StandardCharsets.UTF_8));
        LoadedWerkwijze changed = loader.load("proefregio.yml",
                (WerkwijzeRefusalTest.VALID + "# gewijzigd\n").getBytes(StandardCharsets.UTF_8));

        synchroniser.synchronise(first);
        synchroniser.synchronise(first);
        assertThat(loadEntries()).isEqualTo(1);
        synchroniser.synchronise(changed);
        assertThat(loadEntries()).isEqualTo(2);
        assertThat(jdbc.sql("select config_hash from region where slug = 'proefregio'").query(String.class).single())
                .isEqualTo(changed.sha256());
        assertThat(organisations.ofRegion("proefregio")).extracting(OrganisationSummary::code)
                .containsExactlyInAnyOrder("school-a", "swv-po");
    }

    private int loadEntries() {
        return jdbc.sql("select count(*) from audit_log where action = 'WERKWIJZE_GELADEN' and object_id = 'proefregio'")
                .query(Integer.class).single();
    }
}
