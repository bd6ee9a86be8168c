package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import nl.doorbraak.common.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LoginSecurityTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired SessionRepository<? extends Session> sessions;
    IdentityFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(jdbc, encoder);
    }

    @Test
    void locksAccountAfterFiveFailuresWithTheSameGenericMessage() throws Exception {
        String username = fixtures.user(Role.COORDINATOR);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("fout-wachtwoord"))
                    .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        }
        Instant lockedUntil = jdbc.sql("select locked_until from app_user where username = ?").param(username)
                .query(Instant.class).single();
        assertThat(lockedUntil).isBetween(Instant.now().plus(Duration.ofMinutes(14)), Instant.now().plus(Duration.ofMinutes(16)));

        // Even the right password is refused now, with exactly the redirect an unknown user gets.
        mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(IdentityFixtures.unique("onbekend")).password("x"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(fixtures.auditCount("ACCOUNT_GEBLOKKEERD", "SUCCESS", "systeem")).isPositive();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ACCOUNT_GEBLOKKEERD' and object_id = ?")
                .param(username).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void unlocksOnceTheFifteenMinutesHavePassed() throws Exception {
        String username = fixtures.user(Role.COORDINATOR);
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("fout-wachtwoord"));
        }
        // Move the lock into the past as if fifteen minutes went by (the rule itself is unit-tested with a Clock).
        jdbc.sql("update app_user set locked_until = locked_until - interval '15 minutes' where username = ?")
                .param(username).update();

        mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD))
                .andExpect(authenticated().withUsername(username));
    }

    @Test
    void successfulLoginResetsTheFailureCounter() throws Exception {
        String username = fixtures.user(Role.VERWIJZER);
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("fout-wachtwoord"));
        }
        mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD)).andExpect(authenticated());
        assertThat(jdbc.sql("select failed_logins from app_user where username = ?").param(username)
                .query(Integer.class).single()).isZero();

        mvc.perform(formLogin("/login").user(username).password("fout-wachtwoord"));
        mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD)).andExpect(authenticated());
    }

    @Test
    void deactivatedAccountCannotLogInAndGetsTheGenericMessage() throws Exception {
        String username = fixtures.user(Role.BELEID);
        jdbc.sql("update app_user set active = false where username = ?").param(username).update();
        mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error")).andExpect(unauthenticated());
    }

    @Test
    void auditsLoginSuccessFailureAndLogout() throws Exception {
        String username = fixtures.user(Role.PRIVACY);
        mvc.perform(formLogin("/login").user(username).password("fout-wachtwoord"));
        mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD));
        mvc.perform(post("/logout").with(csrf()).with(user(username).roles("PRIVACY")))
                .andExpect(redirectedUrl("/login?afgemeld"));

        assertThat(fixtures.auditCount("INLOGGEN", "FAILURE", username)).isEqualTo(1);
        assertThat(fixtures.auditCount("INLOGGEN", "SUCCESS", username)).isEqualTo(1);
        assertThat(fixtures.auditCount("UITLOGGEN", "SUCCESS", username)).isEqualTo(1);
        assertThat(jdbc.sql("select client_address from audit_log where action = 'INLOGGEN' and actor = ? limit 1")
                .param(username).query(String.class).single()).isNotBlank();
    }

    @Test
    void loginMakesTheCurrentUserWithRolesAndRegionsAvailable() throws Exception {
        String region = fixtures.region();
        String username = fixtures.user(Role.VOORZITTER);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, ?)")
                .params(fixtures.idOf(username), region).update();
        String cookie = mvc.perform(formLogin("/login").user(username).password(IdentityFixtures.PASSWORD))
                .andExpect(authenticated().withRoles("VOORZITTER")).andReturn().getResponse()
                .getCookie("DOORBRAAK_SESSION").getValue();
        // the session is a row in PostgreSQL: the cookie holds its id, Base64-encoded
        Session session = sessions.findById(new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8));
        SecurityContext context = session.getAttribute("SPRING_SECURITY_CONTEXT");
        var principal = (nl.doorbraak.identity.internal.AccountPrincipal) context.getAuthentication().getPrincipal();

        CurrentUser current = principal.currentUser();
        assertThat(current.username()).isEqualTo(username);
        assertThat(current.hasRole(Role.VOORZITTER)).isTrue();
        assertThat(current.hasRole(Role.BEHEERDER)).isFalse();
        assertThat(current.regionSlugs()).containsExactly(region);
    }

    @Test
    void sendsAnonymousVisitorsToLogin() throws Exception {
        mvc.perform(get("/beheer/gebruikers")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void refusesAdministrationPagesToOtherRoles() throws Exception {
        mvc.perform(get("/beheer/gebruikers").with(user("v").roles("VERWIJZER"))).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/organisaties").with(user("v").roles("VERWIJZER"))).andExpect(status().isForbidden());
    }

    @Test
    void refusesPostWithoutCsrfToken() throws Exception {
        // A session that has a CSRF token (as after opening any form), but the POST leaves it out.
        var session = (org.springframework.mock.web.MockHttpSession) mvc.perform(get("/login"))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/beheer/gebruikers").session(session).with(user("b").roles("BEHEERDER"))
                        .param("username", "zonder-csrf"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/beheer/gebruikers").with(user("b").roles("BEHEERDER")).with(csrf().useInvalidToken())
                        .param("username", "zonder-csrf"))
                .andExpect(status().isForbidden());
    }

    @Test
    void treatsAPostWithoutAnySessionAsAnExpiredSession() throws Exception {
        mvc.perform(post("/beheer/gebruikers").with(user("b").roles("BEHEERDER")).param("username", "zonder-sessie"))
                .andExpect(redirectedUrl("/login?verlopen"));
    }

    @Test
    void sendsSecurityHeaders() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", allOf(containsString("script-src 'self'"),
                        containsString("frame-ancestors 'none'"), not(containsString("unsafe-inline")))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void explainsAnExpiredSession() throws Exception {
        String unknownSession = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        mvc.perform(get("/beheer/gebruikers").cookie(new Cookie("DOORBRAAK_SESSION", unknownSession)))
                .andExpect(redirectedUrl("/login?verlopen"));
        mvc.perform(get("/login").param("verlopen", ""))
                .andExpect(content().string(containsString("U bent uitgelogd. Dat gebeurt als u een tijd niets deed")));
    }
}
