package nl.doorbraak.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuditLogPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(username = "fg-pagina", roles = "PRIVACY")
    void privacyOfficerSeesFilteredRowsWithDutchLabelsAndTheViewIsLogged() throws Exception {
        String actor = "p-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into audit_log (occurred_at, actor, action, outcome) values ('2025-06-01T10:00:00Z', ?, 'INLOGGEN', 'SUCCESS')")
                .param(actor).update();

        String html = mvc.perform(get("/audit").param("actor", actor))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains(actor, "Inloggen", "01-06-2025 12:00:00", "Gelukt").doesNotContain("Oudere regels");
        assertThat(jdbc.sql("select details from audit_log where actor = 'fg-pagina' and action = 'LOGBOEK_BEKEKEN' order by id desc limit 1")
                .query(String.class).single()).contains("actor=" + actor);
    }

    @Test
    @WithMockUser(username = "fg-fout", roles = "PRIVACY")
    void badDatesAreExplainedInDutchAndKeptAsTyped() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "31-02-2025").param("to", "gisteren"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("error-summary", "Vul de datum &#39;vanaf&#39; in", "value=\"31-02-2025\"", "value=\"gisteren\"");
    }

    @Test
    @WithMockUser(username = "fg-fout", roles = "PRIVACY")
    void aToDateBeforeTheFromDateIsRefused() throws Exception {
        String html = mvc.perform(get("/audit").param("from", "2-1-2025").param("to", "1-1-2025"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("ligt voor de datum").doesNotContain("<table");
    }

    @Test
    @WithMockUser(username = "fg-export", roles = "PRIVACY")
    void exportIsCsvWithHeaderAndIsLogged() throws Exception {
        String actor = "x-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into audit_log (actor, action, outcome, details) values (?, 'INLOGGEN', 'SUCCESS', '=SOM(1;2)')")
                .param(actor).update();

        String csv = mvc.perform(get("/audit/export.csv").param("actor", actor))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("text/csv"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFid;tijdstip;gebruiker;namens;rol;actie;objecttype;object;betrokkene;adres;uitkomst;details");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(actor, "INLOGGEN", "\"'=SOM(1;2)\"");
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'fg-export' and action = 'LOGBOEK_GEEXPORTEERD'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    @WithMockUser(username = "fg-export", roles = "PRIVACY")
    void exportWithABadFilterGoesBackToThePage() throws Exception {
        mvc.perform(get("/audit/export.csv").param("from", "morgen"))
                .andExpect(redirectedUrl("/audit?from=morgen"));
    }

    @Test
    @WithMockUser(username = "beheerder-test", roles = "BEHEERDER")
    void othersMayNotSeeTheLog() throws Exception {
        mvc.perform(get("/audit")).andExpect(status().isForbidden());
        mvc.perform(get("/audit/export.csv")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(username = "fg-woorden", roles = "PRIVACY")
    void actionsAndRolesShowInPlainDutchAndTheFilterOffersActionsByName() throws Exception {
        String actor = "w-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into audit_log (actor, actor_role, action, outcome) values (?, 'COORDINATOR,VOORZITTER', 'CASUSLIJST_BEKEKEN', 'SUCCESS')")
                .param(actor).update();

        String html = mvc.perform(get("/audit").param("actor", actor).param("action", "CASUSLIJST_BEKEKEN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String table = html.substring(html.indexOf("<table"), html.indexOf("</table>"));
        assertThat(table).contains("Lijst met casussen bekeken", "<span>Coördinator</span>, <span>Voorzitter</span>")
                .doesNotContain("CASUSLIJST_BEKEKEN", "COORDINATOR");
        assertThat(html).contains("<option value=\"CASUSLIJST_BEKEKEN\" selected=\"selected\">Lijst met casussen bekeken</option>")
                .doesNotContain("type=\"text\" id=\"action\"");
        assertThat(html.indexOf(">Aanmelding ingediend<")).as("sorted by label").isLessThan(html.indexOf(">Casus bekeken<"));
    }

    @Test
    void aLoginIsLoggedWithTheUsersRolesOnlyNotWithSpringSecuritysFactors() throws Exception {
        mvc.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin("/login")
                .user("privacy-utrecht").password("demo"));

        assertThat(jdbc.sql("select details from audit_log where actor = 'privacy-utrecht' and action = 'INLOGGEN' "
                + "order by id desc limit 1").query(String.class).single()).isEqualTo("rollen=PRIVACY");
    }
}
