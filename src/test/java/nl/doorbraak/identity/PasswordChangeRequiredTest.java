package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import nl.doorbraak.common.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A password the administrator set is a one-time password: the user chooses their own before anything else. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PasswordChangeRequiredTest {

    private static final String ADMIN_SET = "Tijdelijk-Wachtwoord-42";
    private static final String OWN = "Mijn-Eigen-Wachtwoord-77";
    private static final String CHANGE_PAGE = "/account/wachtwoord";

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    IdentityFixtures fixtures;
    String admin;
    String username;
    long userId;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(jdbc, encoder);
        admin = fixtures.user(Role.BEHEERDER);
        username = fixtures.user(Role.DEELNEMER);
        userId = fixtures.idOf(username);
    }

    private void adminSetsPassword(long id, String password) throws Exception {
        HttpBrowser adminBrowser = new HttpBrowser(port);
        adminBrowser.logIn(admin, IdentityFixtures.PASSWORD);
        adminBrowser.get("/beheer/gebruikers/" + id + "/wachtwoord");
        assertThat(adminBrowser.post("/beheer/gebruikers/" + id + "/wachtwoord", Map.of("password", password))
                .statusCode()).isEqualTo(302);
    }

    private static Map<String, String> change(String current, String password, String repeat) {
        return Map.of("currentPassword", current, "newPassword", password, "repeatPassword", repeat);
    }

    private boolean mustChange() {
        return jdbc.sql("select must_change_password from app_user where id = ?").param(userId)
                .query(Boolean.class).single();
    }

    @Test
    void adminSetPasswordMustBeChangedAtNextLogin() throws Exception {
        adminSetsPassword(userId, ADMIN_SET);
        assertThat(mustChange()).isTrue();

        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(username, ADMIN_SET);
        assertThat(HttpBrowser.location(browser.get("/"))).endsWith(CHANGE_PAGE);
        assertThat(HttpBrowser.location(browser.get("/account/api-tokens"))).endsWith(CHANGE_PAGE);
        assertThat(browser.get("/api/v1/leerplicht?geboortedatum=2019-09-02").statusCode()).isEqualTo(403);
        assertThat(browser.get(CHANGE_PAGE).body()).contains("De beheerder heeft een wachtwoord voor u ingesteld");

        HttpResponse<String> wrongCurrent = browser.post(CHANGE_PAGE, change("fout", OWN, OWN));
        assertThat(wrongCurrent.statusCode()).isEqualTo(200);
        assertThat(wrongCurrent.body()).contains("Uw huidige wachtwoord klopt niet");
        browser.get(CHANGE_PAGE);
        assertThat(browser.post(CHANGE_PAGE, change(ADMIN_SET, OWN, OWN + "x")).body())
                .contains("De twee nieuwe wachtwoorden zijn niet gelijk");
        browser.get(CHANGE_PAGE);
        assertThat(browser.post(CHANGE_PAGE, change(ADMIN_SET, ADMIN_SET, ADMIN_SET)).body())
                .contains("Kies een ander wachtwoord dan uw huidige");
        browser.get(CHANGE_PAGE);
        assertThat(browser.post(CHANGE_PAGE, change(ADMIN_SET, "kort", "kort")).body()).contains("minstens 12 tekens");

        browser.get(CHANGE_PAGE);
        HttpResponse<String> changed = browser.post(CHANGE_PAGE, change(ADMIN_SET, OWN, OWN));
        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(HttpBrowser.location(changed)).endsWith("/");
        HttpResponse<String> start = browser.get("/");
        assertThat(start.statusCode()).isEqualTo(200);
        assertThat(start.body()).contains("Uw wachtwoord is gewijzigd");
        assertThat(mustChange()).isFalse();
        assertThat(fixtures.auditCount("WACHTWOORD_GEWIJZIGD", "SUCCESS", username)).isEqualTo(1);
        assertThat(fixtures.auditCount("WACHTWOORD_GEWIJZIGD", "FAILURE", username)).isEqualTo(1);
        assertThat(new HttpBrowser(port).logIn(username, OWN)).doesNotContain("error");
    }

    @Test
    void logoutStaysPossibleBeforeThePasswordIsChanged() throws Exception {
        adminSetsPassword(userId, ADMIN_SET);
        HttpBrowser browser = new HttpBrowser(port);
        browser.logIn(username, ADMIN_SET);
        browser.get(CHANGE_PAGE);

        assertThat(HttpBrowser.location(browser.post("/logout", Map.of()))).endsWith("/login?afgemeld");
        assertThat(HttpBrowser.location(browser.get("/"))).contains("/login");
    }

    @Test
    void ownPasswordChangeKeepsThisSessionAndEndsTheOthers() throws Exception {
        HttpBrowser laptop = new HttpBrowser(port);
        HttpBrowser phone = new HttpBrowser(port);
        laptop.logIn(username, IdentityFixtures.PASSWORD);
        phone.logIn(username, IdentityFixtures.PASSWORD);

        laptop.get(CHANGE_PAGE);
        assertThat(laptop.post(CHANGE_PAGE, change(IdentityFixtures.PASSWORD, OWN, OWN)).statusCode()).isEqualTo(302);

        assertThat(laptop.get("/").statusCode()).isEqualTo(200);
        assertThat(HttpBrowser.location(phone.get("/"))).contains("/login");
        assertThat(mustChange()).isFalse();
    }

    @Test
    void administratorsOwnNewPasswordIsTheirsAndKeepsTheirSession() throws Exception {
        long adminId = fixtures.idOf(admin);
        HttpBrowser adminBrowser = new HttpBrowser(port);
        adminBrowser.logIn(admin, IdentityFixtures.PASSWORD);
        adminBrowser.get("/beheer/gebruikers/" + adminId + "/wachtwoord");
        adminBrowser.post("/beheer/gebruikers/" + adminId + "/wachtwoord", Map.of("password", OWN));

        assertThat(adminBrowser.get("/beheer/gebruikers").statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select must_change_password from app_user where id = ?").param(adminId)
                .query(Boolean.class).single()).isFalse();
    }
}
