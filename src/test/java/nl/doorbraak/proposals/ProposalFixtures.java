package nl.doorbraak.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Proposals of Tilburg's leertafel made through the pages, with unique titles (the test database is shared). */
public final class ProposalFixtures {

    public static final String BASE = "/leertafels/tilburg/leertafel/voorstellen";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    public ProposalFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    public static String uniqueTitle() {
        return "Betere overdracht " + UUID.randomUUID().toString().substring(0, 8);
    }

    public MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("login of " + username).isNotNull();
        return session;
    }

    /** A complete new proposal of leertafel-tilburg as form fields, owned by them. */
    public MockHttpServletRequestBuilder complete(MockHttpSession session, String title) {
        return complete(session, title, "Scholen en de toegang spreken elkaar te laat. Een vast overleg per maand helpt.");
    }

    public MockHttpServletRequestBuilder complete(MockHttpSession session, String title, String description) {
        return post(BASE).session(session).with(csrf()).param("kind", "VERBETERVOORSTEL").param("title", title)
                .param("description", description)
                .param("themeIds", String.valueOf(theme("onduidelijke-verantwoordelijkheid")))
                .param("ownerUserId", String.valueOf(userId("leertafel-tilburg")))
                .param("organisationIds", String.valueOf(organisation("swv-plein-013")))
                .param("submittedOn", LocalDate.now().minusDays(7).toString());
    }

    /** Submits a complete proposal as leertafel-tilburg; returns its id. */
    public long submitted(String title) throws Exception {
        String location = mvc.perform(complete(login("leertafel-tilburg"), title)).andReturn().getResponse()
                .getRedirectedUrl();
        assertThat(location).as("redirect after submitting").startsWith(BASE + "/");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Records a decision as leertafel-tilburg; returns the redirect (null when the page was shown again). */
    public String decide(long id, String status, LocalDate on, String note) throws Exception {
        MockHttpServletRequestBuilder request = post(BASE + "/" + id + "/besluit").session(login("leertafel-tilburg"))
                .with(csrf()).param("status", status).param("decidedOn", on.toString());
        if (note != null) {
            request.param("note", note);
        }
        return mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
    }

    /** A proposal of a leertafel that is not Tilburg's, straight into the table (no other region has a leertafel). */
    public long elsewhere() {
        long owner = userId("coordinator-utrecht");
        return jdbc.sql("""
                insert into proposal (region_slug, table_code, kind, title, description, owner_user_id, created_by,
                                      created_at)
                values ('utrecht', 'leertafel', 'BELEIDSVOORSTEL', 'Elders', 'Elders', ?, ?, now()) returning id""")
                .params(owner, owner).query(Long.class).single();
    }

    public long theme(String code) {
        return jdbc.sql("select id from theme where region_slug = 'tilburg' and code = ?").param(code)
                .query(Long.class).single();
    }

    public long organisation(String code) {
        return jdbc.sql("select id from organisation where region_slug = 'tilburg' and code = ?").param(code)
                .query(Long.class).single();
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    public String status(long id) {
        return jdbc.sql("select status from proposal where id = ?").param(id).query(String.class).single();
    }

    public int audits(String action, String outcome, String actor, Object objectId) {
        return jdbc.sql("select count(*) from audit_log where action = ? and outcome = ? and actor = ? and object_id = ?")
                .params(action, outcome, actor, String.valueOf(objectId)).query(Integer.class).single();
    }

    public List<String> decisions(long id) {
        return jdbc.sql("select status from proposal_decision where proposal_id = ? order by recorded_at, id")
                .param(id).query(String.class).list();
    }
}
