package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import jakarta.servlet.http.Cookie;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.internal.CreatedApiToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiTokenTest {

    private static final String LEERPLICHT = "/api/v1/leerplicht?geboortedatum=2019-09-02";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService userDetails;
    IdentityFixtures fixtures;
    String username;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(jdbc, encoder);
        username = fixtures.user(Role.DEELNEMER);
    }

    private MockHttpServletRequestBuilder as(String name, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(name)));
    }

    private CreatedApiToken createToken(String name) throws Exception {
        return (CreatedApiToken) mvc.perform(as(username, post("/account/api-tokens")).with(csrf())
                        .param("name", name).param("validDays", "90"))
                .andExpect(redirectedUrl("/account/api-tokens"))
                .andExpect(flash().attributeExists("createdToken"))
                .andReturn().getFlashMap().get("createdToken");
    }

    private ResultActions callWithBearer(String token) throws Exception {
        return mvc.perform(get(LEERPLICHT).header("Authorization", "Bearer " + token));
    }

    private static void expectUnauthorizedProblem(ResultActions result) throws Exception {
        result.andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet ingelogd"));
    }

    @Test
    void tokenPageRendersForAnyLoggedInUser() throws Exception {
        mvc.perform(as(username, get("/account/api-tokens")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>API-sleutels</h1>")))
                .andExpect(content().string(containsString("U heeft nog geen API-sleutels.")));
    }

    @Test
    void newTokenIsShownOnceThenOnlyItsPrefix() throws Exception {
        Cookie session = logIn();
        MvcResult made = mvc.perform(post("/account/api-tokens").cookie(session).with(csrf())
                        .param("name", "Rapportage").param("validDays", "90"))
                .andExpect(redirectedUrl("/account/api-tokens")).andReturn();
        CreatedApiToken created = (CreatedApiToken) made.getFlashMap().get("createdToken");

        mvc.perform(get("/account/api-tokens").cookie(session))
                .andExpect(content().string(containsString(created.token())));
        String prefix = created.token().substring(0, 12);
        mvc.perform(get("/account/api-tokens").cookie(session))
                .andExpect(content().string(not(containsString(created.token()))))
                .andExpect(content().string(containsString(prefix + "_…")))
                .andExpect(content().string(containsString("Rapportage")));
    }

    /** A real login: the session cookie, as a browser keeps it. */
    private Cookie logIn() throws Exception {
        return mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD))
                .andExpect(authenticated()).andReturn().getResponse().getCookie("DOORBRAAK_SESSION");
    }

    @Test
    void bearerTokenAuthenticatesAsItsUser() throws Exception {
        CreatedApiToken created = createToken("Koppeling");

        callWithBearer(created.token()).andExpect(status().isOk())
                .andExpect(jsonPath("$.leerplichtigVanaf").value("2024-10-01"));
        assertThat(jdbc.sql("select last_used_at is not null from api_token where id = ?").param(created.id())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void storesOnlyTheHashOfTheToken() throws Exception {
        CreatedApiToken created = createToken("Hash");

        String stored = jdbc.sql("select token_hash from api_token where id = ?").param(created.id())
                .query(String.class).single();
        assertThat(stored).isNotEqualTo(created.token()).isEqualTo(sha256(created.token()));
        assertThat(jdbc.sql("select count(*) from api_token where id = ? and (name like ? or prefix like ?)")
                .params(created.id(), "%" + created.token() + "%", "%" + created.token() + "%")
                .query(Integer.class).single()).isZero();
        assertThat(fixtures.auditCount("API_TOKEN_AANGEMAAKT", "SUCCESS", username)).isEqualTo(1);
    }

    @Test
    void revokedTokenNoLongerWorks() throws Exception {
        CreatedApiToken created = createToken("Intrekken");

        mvc.perform(as(username, post("/account/api-tokens/{id}/intrekken", created.id())).with(csrf()))
                .andExpect(redirectedUrl("/account/api-tokens"))
                .andExpect(flash().attribute("flashSuccess", containsString("Intrekken")));

        expectUnauthorizedProblem(callWithBearer(created.token()));
        assertThat(fixtures.auditCount("API_TOKEN_INGETROKKEN", "SUCCESS", username)).isEqualTo(1);
        assertThat(fixtures.auditCount("API_TOKEN_GEWEIGERD", "DENIED", username)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'API_TOKEN_GEWEIGERD' and details like ?")
                .param("%" + created.token() + "%").query(Integer.class).single()).isZero();
    }

    @Test
    void someoneElseCannotRevokeYourToken() throws Exception {
        CreatedApiToken created = createToken("Van mij");
        String other = fixtures.user(Role.VERWIJZER);

        mvc.perform(as(other, post("/account/api-tokens/{id}/intrekken", created.id())).with(csrf()))
                .andExpect(flash().attributeExists("flashError"));
        callWithBearer(created.token()).andExpect(status().isOk());
    }

    @Test
    void expiredTokenNoLongerWorks() throws Exception {
        CreatedApiToken created = createToken("Verlopen");
        jdbc.sql("update api_token set created_at = now() - interval '10 days', expires_at = now() - interval '1 minute' where id = ?")
                .param(created.id()).update();

        expectUnauthorizedProblem(callWithBearer(created.token()));
    }

    @Test
    void tokenOfADeactivatedUserNoLongerWorks() throws Exception {
        CreatedApiToken created = createToken("Uitdienst");
        jdbc.sql("update app_user set active = false where username = ?").param(username).update();

        expectUnauthorizedProblem(callWithBearer(created.token()));
    }

    @Test
    void lockedAccountsApiKeyIsRefused() throws Exception {
        CreatedApiToken created = createToken("Geblokkeerd");
        jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where username = ?")
                .param(username).update();

        expectUnauthorizedProblem(callWithBearer(created.token()));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'API_TOKEN_GEWEIGERD' and actor = ? and details = ?")
                .params(username, "account geblokkeerd").query(Integer.class).single()).isEqualTo(1);

        jdbc.sql("update app_user set locked_until = now() - interval '1 minute' where username = ?").param(username).update();
        callWithBearer(created.token()).andExpect(status().isOk());
    }

    @Test
    void garbageTokenIsRefusedAndAudited() throws Exception {
        int before = jdbc.sql("select count(*) from audit_log where action = 'API_TOKEN_GEWEIGERD'")
                .query(Integer.class).single();

        expectUnauthorizedProblem(callWithBearer("dit-is-geen-sleutel"));
        expectUnauthorizedProblem(callWithBearer("dbk_abcdefgh_" + "A".repeat(43)));

        assertThat(jdbc.sql("select count(*) from audit_log where action = 'API_TOKEN_GEWEIGERD'")
                .query(Integer.class).single()).isEqualTo(before + 2);
    }

    @Test
    void tokenRequestsNeedNoCsrfTokenButSessionRequestsDo() throws Exception {
        CreatedApiToken created = createToken("Post");

        mvc.perform(post("/api/v1/bestaat-niet").header("Authorization", "Bearer " + created.token()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.title").value("Niet gevonden"));
        mvc.perform(post("/api/v1/bestaat-niet").cookie(logIn()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesATokenWithoutAName() throws Exception {
        mvc.perform(as(username, post("/account/api-tokens")).with(csrf()).param("name", " ").param("validDays", "90"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul een naam voor de sleutel in.")));
        mvc.perform(as(username, post("/account/api-tokens")).with(csrf()).param("name", "Lang").param("validDays", "400"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hoogstens 1 jaar")));
    }

    private static String sha256(String value) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    }
}
