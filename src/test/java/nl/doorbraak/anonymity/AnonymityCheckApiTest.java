package nl.doorbraak.anonymity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import nl.doorbraak.identity.internal.CreatedApiToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AnonymityCheckApiTest {

    private static final String CHECK = "/api/v1/leertafel/anonimiteitscheck";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;
    @Autowired AnonymityCheck check;
    @Autowired JsonMapper json;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(username)));
    }

    private String body(String text) {
        return json.writeValueAsString(java.util.Map.of("tekst", text));
    }

    private String tokenOf(String username) throws Exception {
        CreatedApiToken created = (CreatedApiToken) mvc.perform(as(username, post("/account/api-tokens")).with(csrf())
                        .param("name", "Leertafel " + UUID.randomUUID()).param("validDays", "30"))
                .andReturn().getFlashMap().get("createdToken");
        return created.token();
    }

    @Test
    void showsEachHitWithPlaceKindAndReasonToALeertafelMemberWithAnApiKey() throws Exception {
        String text = "Mevrouw Jansen belde op 12 maart 2023.";
        mvc.perform(post(CHECK).header("Authorization", "Bearer " + tokenOf("leertafel-tilburg"))
                        .contentType(MediaType.APPLICATION_JSON).content(body(text)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoon").value(false))
                .andExpect(jsonPath("$.treffers[0].start").value(8))
                .andExpect(jsonPath("$.treffers[0].eind").value(14))
                .andExpect(jsonPath("$.treffers[0].soort").value("NAAM"))
                .andExpect(jsonPath("$.treffers[0].reden").value(org.hamcrest.Matchers.startsWith("Dit lijkt een naam: na 'mevrouw'.")))
                .andExpect(jsonPath("$.treffers[1].soort").value("DATUM"));
    }

    @Test
    void answersCleanToACoordinatorsSessionWithItsCsrfToken() throws Exception {
        mvc.perform(as("coordinator-tilburg", post(CHECK)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body("Een jongen van 14 jaar zit sinds drie maanden thuis; er is weinig hoop.")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schoon").value(true))
                .andExpect(jsonPath("$.treffers").isEmpty());
    }

    @Test
    void refusesASessionPostWithoutCsrfToken() throws Exception {
        mvc.perform(as("leertafel-tilburg", post(CHECK)).contentType(MediaType.APPLICATION_JSON).content(body("tekst")))
                .andExpect(status().isForbidden());
    }

    @Test
    void refusesOtherRolesWithAProblemAndADeniedAuditRow() throws Exception {
        int before = deniedRows("verwijzer-tilburg");
        mvc.perform(as("verwijzer-tilburg", post(CHECK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Sanne")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Alleen leden van de leertafel en coördinatoren kunnen teksten laten controleren."));
        assertThat(deniedRows("verwijzer-tilburg")).isEqualTo(before + 1);
    }

    @Test
    void refusesAMissingBlankOrTooLongTextAndNonJson() throws Exception {
        for (String bad : List.of("{}", "{\"tekst\": \"   \"}", body("a".repeat(20_001)))) {
            mvc.perform(as("leertafel-tilburg", post(CHECK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(bad))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("tekst"));
        }
        mvc.perform(as("leertafel-tilburg", post(CHECK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"tekst\": "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("De inhoud van de aanvraag kunnen we niet lezen. Stuur geldige JSON."));
        mvc.perform(as("leertafel-tilburg", post(CHECK)).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("Sanne"))
                .andExpect(status().isUnsupportedMediaType());
    }

    @Test
    void auditsTheCheckWithCountsButNeverTheText() throws Exception {
        mvc.perform(as("leertafel-utrecht", post(CHECK)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(body("Mevrouw Kwartelkoning belde.")))
                .andExpect(status().isOk());
        List<String> details = jdbc.sql("select coalesce(details, '') from audit_log where actor = 'leertafel-utrecht' "
                + "and action = 'ANONIMITEITSCHECK' order by id desc limit 1").query(String.class).list();
        assertThat(details).containsExactly("1 treffers: NAAM 1");
        assertThat(jdbc.sql("select count(*) from audit_log where details like '%Kwartelkoning%'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void knowsTheRegistrysOrganisationsTheUsersAndTheCasesYouths() {
        jdbc.sql("insert into organisation (region_slug, code, name, type, school_type) values "
                + "('tilburg', 'kwartelnest-" + UUID.randomUUID() + "', 'Het Kwartelnest', 'SCHOOL', 'PO')").update();
        String user = jdbc.sql("select display_name from app_user where username = 'deelnemer-tilburg'")
                .query(String.class).single();
        String youth = jdbc.sql("select youth_name from case_file where region_slug = 'utrecht' and youth_name not like 'Matrixkind%' order by id limit 1")
                .query(String.class).single();
        String text = "Hij zat op Het Kwartelnest. Daar sprak ik " + user + ". Later kwam " + youth + " langs.";

        AnonymityResult result = check.check(text);

        assertThat(result.hits()).extracting(hit -> hit.in(text) + "=" + hit.kind())
                .contains("Het Kwartelnest=ORGANISATIE", user + "=NAAM",
                        youth.replaceAll(" \\(.*\\)$", "") + "=NAAM"); // the demo's "(demo)" is no part of a name
    }

    private int deniedRows(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = ? and action = 'ANONIMITEITSCHECK' "
                + "and outcome = 'DENIED'").param(actor).query(Integer.class).single();
    }
}
