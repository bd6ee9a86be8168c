package nl.doorbraak.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.doorbraak.audit.internal.AuditCursor;
import nl.doorbraak.audit.internal.AuditPage;
import nl.doorbraak.audit.internal.RightsFilter;
import nl.doorbraak.audit.internal.RightsLogSearch;
import nl.doorbraak.audit.internal.RightsLogViewer;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.IdentityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** The privacy officer's "Toegekende rechten": who gave whom which role or password, from the audit log. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class GrantedRightsPageTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService userDetails;
    @Autowired RightsLogSearch search;
    @Autowired TransactionTemplate transactions;
    IdentityFixtures fixtures;
    String admin;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(jdbc, encoder);
        admin = fixtures.user(Role.BEHEERDER);
    }

    @Test
    void listsARoleGrantWithWhoGaveItToWhomAndWhen() throws Exception {
        String grantee = fixtures.user(Role.BELEID);
        long id = fixtures.idOf(grantee);
        mvc.perform(post("/beheer/gebruikers/" + id).with(user(userDetails.loadUserByUsername(admin))).with(csrf())
                        .param("username", grantee).param("displayName", "Test").param("email", grantee + "@test.example")
                        .param("roles", "BELEID", "COORDINATOR").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String html = asPrivacyOfficer(get("/audit/rechten"));

        String row = rowOf(html, grantee);
        assertThat(row).contains(admin, "Rollen gewijzigd", "(nummer " + id + ")", "Coördinator, Beleid",
                "Erbij: Coördinator", "<time datetime=\"", "href=\"/audit?objectType=GEBRUIKER&amp;objectId=" + id + "\"");
        assertThat(row).doesNotContain("Eraf");
        assertThat(jdbc.sql("select details from audit_log where actor = 'fg-rechten' and action = 'RECHTEN_BEKEKEN' order by id desc limit 1")
                .query(String.class).single()).isEqualTo("van=-; tot en met=-; pagina=nieuwste");
    }

    @Test
    void listsAPasswordTheAdministratorSetAndAnAccountTheyCreated() throws Exception {
        String grantee = fixtures.user(Role.VOORZITTER);
        long id = fixtures.idOf(grantee);
        mvc.perform(post("/beheer/gebruikers/" + id + "/wachtwoord").with(user(userDetails.loadUserByUsername(admin)))
                .with(csrf()).param("password", "Nieuw-Sterk-Wachtwoord-9")).andExpect(status().is3xxRedirection());
        String created = IdentityFixtures.unique("nieuw");
        mvc.perform(post("/beheer/gebruikers").with(user(userDetails.loadUserByUsername(admin))).with(csrf())
                        .param("username", created).param("displayName", "Naam; rollen=[BELEID]").param("email", created + "@test.example")
                        .param("roles", "DEELNEMER").param("password", "Lange-Zomer-2025").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String html = asPrivacyOfficer(get("/audit/rechten"));

        assertThat(rowOf(html, grantee)).contains(admin, "Wachtwoord gewijzigd", "Voorzitter");
        // a typed name cannot pass for other roles: only the first "rollen" counts
        assertThat(rowOf(html, created)).contains(admin, "Gebruiker aangemaakt", "Nieuw account", "Deelnemer")
                .doesNotContain("Beleid");
    }

    @Test
    void showsOnlyRightsChangesOfTheChosenPeriod() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 8);
        insert("2024-03-10T10:00:00Z", "ROLLEN_GEWIJZIGD", "gebruikersnaam=maart-" + marker + "; rollen=[VERWIJZER]; rollen voor=[]");
        insert("2024-04-01T10:00:00Z", "ROLLEN_GEWIJZIGD", "gebruikersnaam=april-" + marker + "; rollen=[VERWIJZER]");
        insert("2024-03-11T10:00:00Z", "INLOGGEN", "gebruikersnaam=inlog-" + marker);

        String html = asPrivacyOfficer(get("/audit/rechten").param("from", "1-3-2024").param("to", "31-3-2024"));

        assertThat(html).contains("maart-" + marker, "10-03-2024 11:00:00").doesNotContain("april-" + marker, "inlog-" + marker);
    }

    @Test
    void pagesByKeysetBackAndForth() {
        for (int i = 0; i < RightsLogViewer.PAGE_SIZE + 3; i++) {
            insert("2001-02-03T10:00:00Z", "GEBRUIKER_GEACTIVEERD", "gebruikersnaam=p" + i + "; rollen=[DEELNEMER]");
        }
        RightsFilter day = new RightsFilter(LocalDate.of(2001, 2, 3), LocalDate.of(2001, 2, 3));

        AuditPage newest = search.page(day, AuditCursor.newest(), RightsLogViewer.PAGE_SIZE);
        assertThat(newest.entries()).hasSize(RightsLogViewer.PAGE_SIZE);
        assertThat(newest.hasNewer()).isFalse();
        AuditPage older = search.page(day, AuditCursor.olderThan(newest.olderThan()), RightsLogViewer.PAGE_SIZE);
        assertThat(older.entries()).hasSize(3);
        assertThat(older.hasOlder()).isFalse();
        AuditPage back = search.page(day, AuditCursor.newerThan(older.newerThan()), RightsLogViewer.PAGE_SIZE);
        assertThat(back.entries()).extracting(e -> e.id()).containsExactlyElementsOf(newest.entries().stream().map(e -> e.id()).toList());
    }

    /** National scale: the page reads the partial index of V22, so the predicate in the query must match it. */
    @Test
    void theQueryUsesThePartialIndex() {
        List<String> plan = transactions.execute(s -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id from audit_log where " + RightsLogSearch.RIGHTS
                    + " order by occurred_at desc, id desc limit 51").query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("audit_log_rights_idx");
    }

    @Test
    void badDatesAreExplainedAndKeptAsTyped() throws Exception {
        String html = asPrivacyOfficer(get("/audit/rechten").param("from", "31-02-2025").param("to", "1-1-2020"));

        assertThat(html).contains("error-summary", "Vul de datum &#39;vanaf&#39; in", "value=\"31-02-2025\"", "value=\"1-1-2020\"")
                .doesNotContain("<table");
    }

    @Test
    void onlyThePrivacyOfficerSeesIt() throws Exception {
        mvc.perform(get("/audit/rechten").with(user("beheer-rechten").roles("BEHEERDER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/rechten").with(user("coordinator-rechten").roles("COORDINATOR"))).andExpect(status().isForbidden());
    }

    private String asPrivacyOfficer(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user("fg-rechten").roles("PRIVACY"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void insert(String time, String action, String details) {
        jdbc.sql("insert into audit_log (occurred_at, actor, action, object_type, object_id, outcome, details) "
                + "values (cast(? as timestamptz), 'beheerder', ?, 'GEBRUIKER', '1', 'SUCCESS', ?)").params(time, action, details).update();
    }

    /** The table row that names the account. */
    private static String rowOf(String html, String username) {
        int at = html.indexOf(">" + username + "<");
        assertThat(at).as("row of " + username).isPositive();
        return html.substring(html.lastIndexOf("<tr", at), html.indexOf("</tr>", at));
    }
}
