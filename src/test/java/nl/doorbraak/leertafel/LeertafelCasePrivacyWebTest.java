package nl.doorbraak.leertafel;

import static nl.doorbraak.leertafel.LeertafelCaseFixtures.CASES;
import static nl.doorbraak.leertafel.LeertafelCaseFixtures.completeCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Nothing identifying reaches the database, the audit log, the outbox or the application log when a member types a
 * BSN and a name; and a LEERTAFEL user never reaches a case, a dossier or a verslag.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class LeertafelCasePrivacyWebTest {

    static final String BSN = "111222333";
    static final String NAME = "Sanne de Vries";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void storesAndLogsNothingOfATextWithABsnAndAName(CapturedOutput output) throws Exception {
        LeertafelCaseFixtures fx = new LeertafelCaseFixtures(mvc, jdbc);
        fx.member("leertafel-tilburg");
        MockHttpSession member = fx.login("leertafel-tilburg");
        // other tests share the database and may write these words themselves (an account named "de Vries"):
        // only the rows written from here on count
        long auditBefore = maxId("audit_log");
        long outboxBefore = maxId("outbox_mail");
        Map<String, String> fields = completeCase("Over " + NAME, "situation",
                NAME + " (BSN " + BSN + ") zat een half jaar thuis.", "interventions[0]", "Gesprek met " + NAME,
                "question", "Wat kan de school van " + NAME + " doen?");

        for (String action : List.of("concept", "indienen")) {
            String page = mvc.perform(fx.post(CASES, member, fields, action)).andExpect(status().isOk()).andReturn()
                    .getResponse().getContentAsString();
            assertThat(page).contains("<mark", BSN);
        }

        for (String secret : List.of(BSN, "Vries")) {
            assertThat(rowsContaining("leertafel_case", secret)).as("leertafel_case").isZero();
            assertThat(rowsContaining("leertafel_case_intervention", secret)).as("interventions").isZero();
            assertThat(rowsContaining("leertafel_case_override", secret)).as("overrides").isZero();
            assertThat(rowsContaining("audit_log", secret, auditBefore)).as("audit_log").isZero();
            assertThat(rowsContaining("outbox_mail", secret, outboxBefore)).as("outbox").isZero();
            assertThat(output.getAll()).as("log output").doesNotContain(secret);
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'LEERTAFEL_CASUS_GEWEIGERD' and actor = 'leertafel-tilburg'
                  and details like '%BSN 1%'""").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void neverLetsALeertafelUserReachACaseADossierOrAVerslag() throws Exception {
        LeertafelCaseFixtures fx = new LeertafelCaseFixtures(mvc, jdbc);
        Map<String, Object> withVerslag = jdbc.sql("""
                select v.case_id, v.agenda_item_id from verslag v join case_file c on c.id = v.case_id
                where c.region_slug = 'tilburg' order by v.id limit 1""").query().singleRow();
        long caseId = ((Number) withVerslag.get("case_id")).longValue();
        long item = ((Number) withVerslag.get("agenda_item_id")).longValue();
        MockHttpSession member = fx.login("leertafel-tilburg");

        for (String path : List.of("/casussen/" + caseId, "/casussen/" + caseId + "/dossier",
                "/casussen/" + caseId + "/verslagen", "/verslagen/" + item)) {
            mvc.perform(get(path).session(member)).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actor = 'leertafel-tilburg' and outcome = 'DENIED'
                  and (object_id = ? or subject_ref = ?)""").params(String.valueOf(caseId), "casus:" + caseId)
                .query(Integer.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actor = 'leertafel-tilburg' and outcome = 'SUCCESS'
                  and (object_id = ? or subject_ref = ?)""").params(String.valueOf(caseId), "casus:" + caseId)
                .query(Integer.class).single()).isZero();
    }

    long maxId(String table) {
        return jdbc.sql("select coalesce(max(id), 0) from " + table).query(Long.class).single();
    }

    int rowsContaining(String table, String secret, long afterId) {
        return jdbc.sql("select count(*) from " + table + " t where t.id > ? and t::text like ?").param(afterId)
                .param("%" + secret + "%").query(Integer.class).single();
    }

    int rowsContaining(String table, String secret) {
        return jdbc.sql("select count(*) from " + table + " t where t::text like ?").param("%" + secret + "%")
                .query(Integer.class).single();
    }
}
