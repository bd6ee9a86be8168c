package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Searching Casussen: part of a name without regard to capitals or accents, a case number, a date of birth in Dutch
 * notation; only the cases the list shows the user; audited without the term; live through htmx.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseSearchWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static String token() {
        StringBuilder letters = new StringBuilder();
        ThreadLocalRandom.current().ints(10, 'a', 'z' + 1).forEach(c -> letters.append((char) c));
        return letters.toString();
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    long submitted(String youth, LocalDate born, String region, String municipality, String sector) throws Exception {
        Map<String, String> f = ReferralFormFields.complete(youth, region, municipality, LocalDate.now());
        f.put("youthBirthDate", born.toString());
        f.put("actie", "indienen");
        f.put("sector", sector);
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-" + region)).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    String search(MockHttpSession session, String term, boolean htmx) throws Exception {
        MockHttpServletRequestBuilder request = post("/casussen/zoeken").session(session).with(csrf())
                .param("zoekterm", term);
        if (htmx) {
            request.header("HX-Request", "true");
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void findsACaseByPartOfItsNameWhateverTheCapitalsAndAccents() throws Exception {
        String token = token();
        String youth = "Émile Zoë Ünal-" + token;
        long id = submitted(youth, LocalDate.of(2011, 3, 12), "utrecht", "Utrecht", "VO");
        MockHttpSession coordinator = login("coordinator-utrecht");

        assertThat(search(coordinator, "zoe unal-" + token.substring(0, 6).toUpperCase(), false))
                .contains("href=\"/casussen/" + id + "\"", "1 casus gevonden");
        assertThat(search(coordinator, "EMILE " + token, false)).contains("href=\"/casussen/" + id + "\"");
    }

    @Test
    void findsACaseByItsNumberAndByDateOfBirthInDutchNotation() throws Exception {
        String token = token();
        long id = submitted("Kindzoek " + token, LocalDate.of(2010, 2, 3), "utrecht", "Utrecht", "VO");
        MockHttpSession coordinator = login("coordinator-utrecht");

        assertThat(search(coordinator, String.valueOf(id), false)).contains("href=\"/casussen/" + id + "\"");
        assertThat(search(coordinator, "03-02-2010", false)).contains("href=\"/casussen/" + id + "\"");
        assertThat(search(coordinator, token + " 3-2-2010", false)).contains("href=\"/casussen/" + id + "\"", "1 casus gevonden");
        assertThat(search(coordinator, token + " 04-02-2010", false)).doesNotContain("href=\"/casussen/" + id + "\"")
                .contains("Geen casussen gevonden");
    }

    @Test
    void findsOnlyTheCasesTheListShowsTheUser() throws Exception {
        String token = token();
        String youth = "Kindzoek " + token;
        long id = submitted(youth, LocalDate.of(2011, 5, 6), "zuidoost-utrecht", "Zeist", "VO");

        assertThat(search(login("coordinator-vo-zuidoost-utrecht"), token, false)).contains("href=\"/casussen/" + id + "\"");
        for (String other : new String[] {"coordinator-po-zuidoost-utrecht", "coordinator-amsterdam",
                "voorzitter-zuidoost-utrecht"}) {
            assertThat(search(login(other), token, false)).as(other).doesNotContain(youth, "/casussen/" + id + "\"")
                    .contains("Geen casussen gevonden");
        }
        mvc.perform(post("/casussen/zoeken").session(login("verwijzer-zuidoost-utrecht")).with(csrf())
                .param("zoekterm", token)).andExpect(status().isForbidden());
    }

    @Test
    void auditsEverySearchWithItsHitsButNeverTheTerm() throws Exception {
        String token = token();
        submitted("Kindzoek " + token, LocalDate.of(2012, 7, 8), "utrecht", "Utrecht", "VO");
        MockHttpSession coordinator = login("coordinator-utrecht");

        search(coordinator, token + " 08-07-2012", false);

        assertThat(jdbc.sql("select details from audit_log where action = 'CASUSSEN_GEZOCHT' and actor = 'coordinator-utrecht'"
                + " and outcome = 'SUCCESS' order by id desc limit 1").query(String.class).single())
                .isEqualTo("gezocht op geboortedatum en naam, 1 treffer");
        assertThat(jdbc.sql("select count(*) from audit_log a where a::text ilike ? or a::text like '%08-07-2012%'"
                + " or a::text like '%2012-07-08%'").param("%" + token + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void answersHtmxWithTheResultsAlone() throws Exception {
        String token = token();
        long id = submitted("Kindzoek " + token, LocalDate.of(2011, 9, 10), "utrecht", "Utrecht", "VO");
        MockHttpSession coordinator = login("coordinator-utrecht");

        String live = search(coordinator, token, true);
        assertThat(live).startsWith("<div id=\"zoekresultaten\"").doesNotContain("<html", "<form role=\"search\"")
                .contains("href=\"/casussen/" + id + "\"");
        assertThat(search(coordinator, "  ", true)).doesNotContain("Zoekterm:", "<table");
    }

    @Test
    void refusesAnImpossibleDateNamingTheFieldAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession coordinator = login("coordinator-utrecht");
        int before = jdbc.sql("select count(*) from audit_log where action = 'CASUSSEN_GEZOCHT'").query(Integer.class).single();

        String page = search(coordinator, "31-02-2012", false);

        assertThat(page).contains("Zoekterm: typ de geboortedatum als dd-mm-jjjj", "value=\"31-02-2012\"",
                "aria-invalid=\"true\"");
        assertThat(search(coordinator, "ab", false)).contains("Zoekterm: typ van de naam minstens 3 letters.");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUSSEN_GEZOCHT'").query(Integer.class).single())
                .as("nothing was searched, nothing read").isEqualTo(before);
    }

    @Test
    void theCaseListOffersTheSearchFormThatPostsAndDoesNotRememberTheTerm() throws Exception {
        String html = mvc.perform(get("/casussen").session(login("coordinator-utrecht"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("action=\"/casussen/zoeken\" method=\"post\"", "autocomplete=\"off\"",
                "data-hx-post=\"/casussen/zoeken\"", "data-hx-trigger=\"input changed delay:300ms, search\"");
    }
}
