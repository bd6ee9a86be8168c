package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.Duration;

import nl.doorbraak.common.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A change to an account reaches the sessions that already exist: the user logs in with a real browser (cookies
 * against the real server), the administrator changes the account, and the very next request of that browser no
 * longer has the old rights.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SessionRevocationTest {

    private static final String COORDINATOR_PAGE = "/vooroverleg";

    @LocalServerPort int port;
    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService userDetails;
    IdentityFixtures fixtures;
    String admin;
    String coordinator;
    long coordinatorId;
    HttpBrowser browser;

    @BeforeEach
    void coordinatorWorkingInUtrecht() throws Exception {
        fixtures = new IdentityFixtures(jdbc, encoder);
        admin = fixtures.user(Role.BEHEERDER);
        coordinator = fixtures.user(Role.COORDINATOR);
        coordinatorId = fixtures.idOf(coordinator);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'utrecht')").param(coordinatorId).update();
        browser = new HttpBrowser(port);
        assertThat(browser.logIn(coordinator, IdentityFixtures.PASSWORD)).doesNotContain("error");
        assertThat(browser.get(COORDINATOR_PAGE).statusCode()).isEqualTo(200);
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(admin))).with(csrf());
    }

    private int version() {
        return jdbc.sql("select version from app_user where id = ?").param(coordinatorId).query(Integer.class).single();
    }

    private void adminSaves(String roles, String regions) throws Exception {
        MockHttpServletRequestBuilder request = asAdmin(post("/beheer/gebruikers/" + coordinatorId))
                .param("username", coordinator).param("displayName", "Test " + coordinator)
                .param("email", coordinator + "@test.example").param("roles", roles)
                .param("version", String.valueOf(version()));
        if (regions != null) {
            request.param("regionSlugs", regions);
        }
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    private void expectSentToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("the old session must not work any more").isEqualTo(302);
        assertThat(HttpBrowser.location(response)).contains("/login");
    }

    @Test
    void deactivatedUserLosesExistingSessionOnNextRequest() throws Exception {
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + coordinatorId + "/actief"))
                .param("actief", "false").param("version", String.valueOf(version())))
                .andExpect(status().is3xxRedirection());

        expectSentToLogin(browser.get(COORDINATOR_PAGE));
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(String.valueOf(coordinatorId)).query(Integer.class).single()).isZero();
    }

    @Test
    void removedRoleTakesEffectOnNextRequest() throws Exception {
        adminSaves("VERWIJZER", "utrecht");

        expectSentToLogin(browser.get(COORDINATOR_PAGE));
        assertThat(browser.logIn(coordinator, IdentityFixtures.PASSWORD)).doesNotContain("error");
        assertThat(browser.get(COORDINATOR_PAGE).statusCode()).isIn(403, 404);
    }

    @Test
    void removedRegionTakesEffectOnNextRequest() throws Exception {
        adminSaves("COORDINATOR", null);

        expectSentToLogin(browser.get(COORDINATOR_PAGE));
    }

    @Test
    void passwordSetByTheAdministratorEndsExistingSessions() throws Exception {
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + coordinatorId + "/wachtwoord"))
                .param("password", "Nieuw-Sterk-Wachtwoord-9")).andExpect(status().is3xxRedirection());

        expectSentToLogin(browser.get(COORDINATOR_PAGE));
    }

    @Test
    void lockoutEndsExistingSessions() throws Exception {
        HttpBrowser attacker = new HttpBrowser(port);
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(attacker.logIn(coordinator, "fout-wachtwoord")).contains("error");
        }

        expectSentToLogin(browser.get(COORDINATOR_PAGE));
    }

    @Test
    void otherUsersKeepTheirSessions() throws Exception {
        String colleague = fixtures.user(Role.VERWIJZER);
        HttpBrowser colleagueBrowser = new HttpBrowser(port);
        colleagueBrowser.logIn(colleague, IdentityFixtures.PASSWORD);

        adminSaves("VERWIJZER", "utrecht");

        assertThat(colleagueBrowser.get("/account/api-tokens").statusCode()).isEqualTo(200);
    }

    @Test
    void aSessionStampThatNoLongerMatchesEndsTheSessionEvenWhenItWasNotDeleted() throws Exception {
        // as if the instance that made the change died before it could delete the sessions
        jdbc.sql("update app_user set security_stamp = security_stamp + 1 where id = ?").param(coordinatorId).update();

        HttpResponse<String> next = browser.get(COORDINATOR_PAGE);
        expectSentToLogin(next);
        assertThat(HttpBrowser.location(next)).endsWith("/login?gewijzigd");
        assertThat(browser.get("/login?gewijzigd").body()).contains("Uw account is gewijzigd");
    }

    @Test
    void sessionEndsAfterAbsoluteLifetime() throws Exception {
        // Move the login back in time as if the hours went by (idle time and lifetime are real time, as in Spring Session)
        loggedInAgo(Duration.ofHours(9).plusMinutes(59));
        assertThat(browser.get(COORDINATOR_PAGE).statusCode()).isEqualTo(200);

        loggedInAgo(Duration.ofHours(10).plusMinutes(1));
        HttpResponse<String> next = browser.get(COORDINATOR_PAGE);
        expectSentToLogin(next);
        assertThat(HttpBrowser.location(next)).endsWith("/login?maximaal");
        assertThat(browser.get("/login?maximaal").body()).contains("10 uur");
        assertThat(browser.get(COORDINATOR_PAGE).statusCode()).as("the session is gone, not only refused").isEqualTo(302);
        assertThat(fixtures.auditCount("SESSIE_BEEINDIGD", "SUCCESS", coordinator)).isEqualTo(1);
        assertThat(browser.logIn(coordinator, IdentityFixtures.PASSWORD)).doesNotContain("error");
        assertThat(browser.get(COORDINATOR_PAGE).statusCode()).isEqualTo(200);
    }

    private void loggedInAgo(Duration ago) {
        jdbc.sql("update spring_session set creation_time = ? where principal_name = ?")
                .params(System.currentTimeMillis() - ago.toMillis(), String.valueOf(coordinatorId)).update();
    }

    @Test
    void aStoredSessionThatCanNoLongerBeReadCountsAsLoggedOutInsteadOfFailing() throws Exception {
        // as after an upgrade that changed a stored class: a valid stream header, but no object that can be read
        jdbc.sql("""
                update spring_session_attributes set attribute_bytes = decode('aced0005', 'hex')
                where session_primary_id in (select primary_id from spring_session where principal_name = ?)""")
                .param(String.valueOf(coordinatorId)).update();

        expectSentToLogin(browser.get(COORDINATOR_PAGE));
        assertThat(browser.logIn(coordinator, IdentityFixtures.PASSWORD)).doesNotContain("error");
        assertThat(browser.get(COORDINATOR_PAGE).statusCode()).isEqualTo(200);
    }

    @Test
    void sessionsAreKeptInPostgresqlForEveryInstance() {
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
                .param(String.valueOf(coordinatorId)).query(Integer.class).single()).isEqualTo(1);
    }
}
