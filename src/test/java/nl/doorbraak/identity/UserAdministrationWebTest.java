package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.doorbraak.common.Role;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class UserAdministrationWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService userDetails;
    IdentityFixtures fixtures;
    String admin;
    String region;

    @BeforeEach
    void setUp() {
        fixtures = new IdentityFixtures(jdbc, encoder);
        admin = fixtures.user(Role.BEHEERDER);
        region = "tilburg";
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(admin))).with(csrf());
    }

    private MockHttpServletRequestBuilder newUser(String username, String email, String password) {
        return asAdmin(post("/beheer/gebruikers")).param("username", username).param("displayName", "Anna de Vries")
                .param("email", email).param("regionSlugs", region).param("roles", "VERWIJZER", "DEELNEMER")
                .param("password", password).param("version", "0");
    }

    @Test
    void createsUserWithRolesAndRegionsAndAuditsWithoutPassword() throws Exception {
        String username = IdentityFixtures.unique("anna");
        mvc.perform(newUser(username, username + "@school.example", "Lange-Zomer-2025"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/beheer/gebruikers/*"))
                .andExpect(flash().attribute("flashSuccess", containsString("Anna de Vries")));

        long id = fixtures.idOf(username);
        assertThat(jdbc.sql("select role from user_role where user_id = ? order by role").param(id).query(String.class).list())
                .containsExactly("DEELNEMER", "VERWIJZER");
        assertThat(jdbc.sql("select region_slug from user_region where user_id = ?").param(id).query(String.class).list())
                .containsExactly(region);
        String details = jdbc.sql("select details from audit_log where action = 'GEBRUIKER_AANGEMAAKT' and object_id = ? and actor = ?")
                .params(String.valueOf(id), admin).query(String.class).single();
        assertThat(details).contains(username).doesNotContain("Lange-Zomer-2025");
        assertThat(jdbc.sql("select count(*) from audit_log where details like '%Lange-Zomer%'").query(Integer.class).single()).isZero();
    }

    @Test
    void showsValidationErrorsInDutchAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(asAdmin(post("/beheer/gebruikers")).param("username", "Ongeldig Met Spaties")
                        .param("displayName", "Bram Bakker").param("email", "geen-email").param("password", "kort"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Er ging iets mis")))
                .andExpect(content().string(containsString("href=\"#roles\"")))
                .andExpect(content().string(containsString("Kies minstens één rol.")))
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in")))
                .andExpect(content().string(containsString("minstens 12 tekens")))
                .andExpect(content().string(containsString("value=\"Bram Bakker\"")))
                .andExpect(content().string(containsString("value=\"geen-email\"")))
                .andExpect(content().string(not(containsString("value=\"kort\""))));
    }

    @Test
    void refusesTakenUsernameWithAClearMessage() throws Exception {
        String existing = fixtures.user(Role.DEELNEMER);
        mvc.perform(newUser(existing.toUpperCase(), IdentityFixtures.unique("x") + "@school.example", "Lange-Zomer-2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze gebruikersnaam is al in gebruik")));
    }

    @Test
    void editsUserAndRefusesAStaleEdit() throws Exception {
        String username = fixtures.user(Role.VERWIJZER);
        long id = fixtures.idOf(username);
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id)).param("username", username).param("displayName", "Nieuwe Naam")
                        .param("email", username + "@nieuw.example").param("roles", "COORDINATOR").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select display_name from app_user where id = ?").param(id).query(String.class).single())
                .isEqualTo("Nieuwe Naam");
        assertThat(jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list())
                .containsExactly("COORDINATOR");
        assertThat(fixtures.auditCount("GEBRUIKER_GEWIJZIGD", "SUCCESS", admin)).isEqualTo(1);

        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id)).param("username", username).param("displayName", "Oude Versie")
                        .param("email", username + "@nieuw.example").param("roles", "COORDINATOR").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft deze gebruiker net gewijzigd")))
                .andExpect(content().string(containsString("value=\"Oude Versie\"")));
    }

    @Test
    void deactivatesReactivatesAndUnlocksAUser() throws Exception {
        String username = fixtures.user(Role.LEERTAFEL);
        long id = fixtures.idOf(username);
        jdbc.sql("update app_user set locked_until = now() + interval '10 minutes', failed_logins = 3 where id = ?").param(id).update();

        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id + "/actief")).param("actief", "false").param("version", "0"))
                .andExpect(flash().attribute("flashSuccess", containsString("gedeactiveerd")));
        assertThat(jdbc.sql("select active from app_user where id = ?").param(id).query(Boolean.class).single()).isFalse();
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id + "/actief")).param("actief", "true").param("version", "1"))
                .andExpect(flash().attribute("flashSuccess", containsString("weer actief")));
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id + "/ontgrendelen"))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select active and locked_until is null and failed_logins = 0 from app_user where id = ?")
                .param(id).query(Boolean.class).single()).isTrue();
        assertThat(fixtures.auditCount("GEBRUIKER_GEDEACTIVEERD", "SUCCESS", admin)).isEqualTo(1);
        assertThat(fixtures.auditCount("GEBRUIKER_GEACTIVEERD", "SUCCESS", admin)).isEqualTo(1);
        assertThat(fixtures.auditCount("GEBRUIKER_ONTGRENDELD", "SUCCESS", admin)).isEqualTo(1);
    }

    @Test
    void administratorCannotDeactivateThemselfOrDropTheirOwnBeheerderRole() throws Exception {
        long self = fixtures.idOf(admin);
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + self + "/actief")).param("actief", "false").param("version", "0"))
                .andExpect(flash().attribute("flashError", containsString("niet deactiveren")));
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + self)).param("username", admin).param("displayName", "Ik")
                        .param("email", admin + "@test.example").param("roles", "VERWIJZER").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("niet bij uzelf weghalen")));
        assertThat(jdbc.sql("select active from app_user where id = ?").param(self).query(Boolean.class).single()).isTrue();
    }

    @Test
    void setsANewPasswordOnlyWhenItMeetsThePolicy() throws Exception {
        String username = fixtures.user(Role.BELEID);
        long id = fixtures.idOf(username);
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id + "/wachtwoord")).param("password", "zwak"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("minstens 12 tekens")));
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id + "/wachtwoord")).param("password", "Nieuw-Sterk-Wachtwoord-9"))
                .andExpect(status().is3xxRedirection());
        String hash = jdbc.sql("select password_hash from app_user where id = ?").param(id).query(String.class).single();
        assertThat(encoder.matches("Nieuw-Sterk-Wachtwoord-9", hash)).isTrue();
        assertThat(fixtures.auditCount("WACHTWOORD_GEWIJZIGD", "SUCCESS", admin)).isEqualTo(1);
    }

    /** Finding 4 of the security test: the administrator could give themselves (or anyone) access to cases. */
    @Test
    void refusesBeheerderCombinedWithCoordinator() throws Exception {
        String username = IdentityFixtures.unique("dubbel");
        mvc.perform(asAdmin(post("/beheer/gebruikers")).param("username", username).param("displayName", "Dubbele Pet")
                        .param("email", username + "@school.example").param("regionSlugs", region)
                        .param("roles", "BEHEERDER", "COORDINATOR").param("password", "Lange-Zomer-2025").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"#roles\"")))
                .andExpect(content().string(containsString("Een beheerder kan geen andere rol hebben")))
                .andExpect(content().string(containsString("value=\"Dubbele Pet\"")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"BEHEERDER\"[^>]*checked.*")))
                .andExpect(content().string(matchesPattern("(?s).*value=\"COORDINATOR\"[^>]*checked.*")));
        assertThat(jdbc.sql("select count(*) from app_user where username = ?").param(username).query(Integer.class).single()).isZero();

        String coordinator = fixtures.user(Role.COORDINATOR);
        long id = fixtures.idOf(coordinator);
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id)).param("username", coordinator).param("displayName", "Test")
                        .param("email", coordinator + "@test.example").param("roles", "COORDINATOR", "BEHEERDER").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een beheerder kan geen andere rol hebben")));
        assertThat(jdbc.sql("select role from user_role where user_id = ?").param(id).query(String.class).list())
                .containsExactly("COORDINATOR");
    }

    @Test
    void grantingARoleIsAuditedWithTheAccountAndItsRolesBeforeAndAfter() throws Exception {
        String username = fixtures.user(Role.BELEID);
        long id = fixtures.idOf(username);
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id)).param("username", username).param("displayName", "Test")
                        .param("email", username + "@test.example").param("roles", "BELEID", "COORDINATOR").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        String details = jdbc.sql("select details from audit_log where action = 'ROLLEN_GEWIJZIGD' and object_id = ? and actor = ?")
                .params(String.valueOf(id), admin).query(String.class).single();
        assertThat(details).isEqualTo("gebruikersnaam=" + username + "; rollen=[COORDINATOR, BELEID]; rollen voor=[BELEID]");
        // a change of name only is no change of rights
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id)).param("username", username).param("displayName", "Andere Naam")
                        .param("email", username + "@test.example").param("roles", "BELEID", "COORDINATOR").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(fixtures.auditCount("ROLLEN_GEWIJZIGD", "SUCCESS", admin)).isEqualTo(1);
    }

    @Test
    void aPasswordSetByTheAdministratorIsMailedToTheUserWithALinkAndNoPersonalData() throws Exception {
        String username = fixtures.user(Role.COORDINATOR);
        long id = fixtures.idOf(username);
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id + "/wachtwoord")).param("password", "Nieuw-Sterk-Wachtwoord-9"))
                .andExpect(status().is3xxRedirection());

        var mail = jdbc.sql("select kind, subject, body, link_path from outbox_mail where recipient = ?")
                .param(username + "@test.example").query().singleRow();
        assertThat(mail.get("kind")).isEqualTo("WACHTWOORD_INGESTELD");
        assertThat(mail.get("link_path")).isEqualTo("/login");
        assertThat((String) mail.get("body")).contains("beheerder", "privacy-officer")
                .doesNotContain(username, "Test ", "Nieuw-Sterk");
        assertThat(jdbc.sql("select details from audit_log where action = 'WACHTWOORD_GEWIJZIGD' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single())
                .isEqualTo("gebruikersnaam=" + username + "; rollen=[COORDINATOR]");
    }

    @Test
    void movingAnAccountToAnotherAddressIsAuditedAndToldToTheOldAddress() throws Exception {
        String username = fixtures.user(Role.VOORZITTER);
        long id = fixtures.idOf(username);
        String newAddress = IdentityFixtures.unique("elders") + "@elders.example";
        mvc.perform(asAdmin(post("/beheer/gebruikers/" + id)).param("username", username).param("displayName", "Test")
                        .param("email", newAddress).param("roles", "VOORZITTER").param("version", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select kind from outbox_mail where recipient = ?").param(username + "@test.example")
                .query(String.class).list()).containsExactly("EMAIL_GEWIJZIGD");
        assertThat(jdbc.sql("select count(*) from outbox_mail where recipient = ?").param(newAddress).query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select details from audit_log where action = 'EMAIL_GEWIJZIGD' and object_id = ?")
                .param(String.valueOf(id)).query(String.class).single())
                .startsWith("gebruikersnaam=" + username + "; rollen=[VOORZITTER]; e-mail voor=" + username + "@test.example");
    }

    @Test
    void theUserListShowsEachUsersOrganisation() throws Exception {
        String organisation = jdbc.sql("""
                select o.name from app_user u join organisation o on o.id = u.organisation_id
                where u.username = 'verwijzer-utrecht'""").query(String.class).single();
        mvc.perform(asAdmin(get("/beheer/gebruikers")).param("q", "verwijzer-utrecht"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>" + organisation + "</td>")));
    }

    @Test
    void listsAndSearchesUsersByNameRegionAndRole() throws Exception {
        String username = fixtures.user(Role.PRIVACY);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, ?)").params(fixtures.idOf(username), region).update();
        mvc.perform(asAdmin(get("/beheer/gebruikers")).param("q", username).param("regio", region).param("rol", "PRIVACY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aantal gevonden gebruikers: 1")))
                .andExpect(content().string(containsString(username)));
        mvc.perform(asAdmin(get("/beheer/gebruikers")).param("q", username).param("rol", "BEHEERDER"))
                .andExpect(content().string(containsString("geen gebruikers gevonden")));
        mvc.perform(asAdmin(get("/beheer/gebruikers/nieuw"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Rollen</legend>")));
    }

    @Test
    void showsTheEditPageWithAccountActionsAndThePasswordPage() throws Exception {
        String username = fixtures.user(Role.VOORZITTER);
        long id = fixtures.idOf(username);
        jdbc.sql("update app_user set locked_until = now() + interval '10 minutes' where id = ?").param(id).update();
        mvc.perform(asAdmin(get("/beheer/gebruikers/" + id))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + username + "\"")))
                .andExpect(content().string(containsString("Blokkade opheffen")))
                .andExpect(content().string(containsString("Gebruiker deactiveren")))
                .andExpect(content().string(not(containsString("id=\"password\""))));
        mvc.perform(asAdmin(get("/beheer/gebruikers/" + id + "/wachtwoord"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nieuw wachtwoord voor Test " + username)));
        mvc.perform(asAdmin(get("/beheer/gebruikers/999999999"))).andExpect(status().isNotFound());
    }
}
