package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.IdentityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Amsterdam's vooroverleg is joint (SWV VO and Leerplicht): the second decider reads the first decider's checks and
 * reason, every reader sees what is decided on, and a coordinator who does not decide reads but gets no form.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class JointVooroverlegWebTest {

    private static final String FIRST_CIRCUMSTANCE =
            "Reguliere instrumenten van Leerplicht en/of het SWV hebben onvoldoende effect.";
    private static final String THIRD_CIRCUMSTANCE =
            "Er is onduidelijkheid over de veiligheid in de thuissituatie.";
    private static final String DESCRIPTION = "Gaat niet naar school sinds de zomer.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void theSecondDeciderSeesTheFirstDecisionsChecksAndReason() throws Exception {
        long id = amsterdamReferral();
        String reason = "Leerplicht-instrumenten zijn op, overleg nodig " + UUID.randomUUID();
        mvc.perform(post("/vooroverleg/" + id).session(login("coordinator-amsterdam")).with(csrf())
                        .param("conditionHolds", "true").param("circumstances", "0", "2", "2", "99")
                        .param("choice", "TOELATEN").param("reason", reason))
                .andExpect(status().is3xxRedirection());

        String page = page("leerplicht-amsterdam", id);

        int earlierStart = page.indexOf("id=\"besluiten\"");
        String earlier = page.substring(earlierStart, page.indexOf("action=\"/vooroverleg/", earlierStart));
        assertThat(earlier).contains(reason).contains("Toelaten").contains("Klopt")
                .contains(FIRST_CIRCUMSTANCE).contains(THIRD_CIRCUMSTANCE)
                .doesNotContain("Er hebben meerdere interventies plaatsgevonden");
        assertThat(page).contains(DESCRIPTION).contains("action=\"/vooroverleg/" + id + "\"");
        assertThat(jdbc.sql("select circumstances_met from triage_decision where case_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aCoordinatorWhoDoesNotDecideReadsTheReferralButGetsAnExplanationInsteadOfTheForm() throws Exception {
        long id = amsterdamReferral();
        IdentityFixtures identities = new IdentityFixtures(jdbc, encoder);
        String coordinator = identities.user(Role.COORDINATOR);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'amsterdam')")
                .param(identities.idOf(coordinator)).update();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(coordinator)
                .password(IdentityFixtures.PASSWORD)).andReturn().getRequest().getSession(false);

        String page = mvc.perform(get("/vooroverleg/" + id).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains(DESCRIPTION).contains("Welke plek past?").contains("id=\"geen-beslisser\"")
                .contains("u besluit er niet over").doesNotContain("action=\"/vooroverleg/" + id + "\"")
                .doesNotContain("name=\"choice\"");
    }

    @Test
    void theFirstDeciderSeesTheDescriptionAndTheFormWithoutEarlierDecisions() throws Exception {
        long id = amsterdamReferral();

        String page = page("coordinator-amsterdam", id);

        assertThat(page).contains(DESCRIPTION).contains("action=\"/vooroverleg/" + id + "\"")
                .doesNotContain("id=\"besluiten\"").doesNotContain("id=\"geen-beslisser\"");
    }

    private String page(String username, long id) throws Exception {
        return mvc.perform(get("/vooroverleg/" + id).session(login(username))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private long amsterdamReferral() throws Exception {
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = ReferralFormFields.complete(youth, "amsterdam", "Amsterdam", LocalDate.now());
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-amsterdam"))
                .with(csrf()).param("actie", "indienen");
        fields.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }
}
