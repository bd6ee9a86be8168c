package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The region's list on real PostgreSQL: who reads it, how the coordinators maintain it, who gets 404. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ThemeListWebTest {

    static final String LIST = "/leertafels/tilburg/leertafel/themas";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    @Test
    void showsTheStartListToMembersPolicyStaffAndCoordinators() throws Exception {
        for (String user : new String[] {"leertafel-tilburg", "beleid-tilburg", "coordinator-tilburg", "voorzitter-tilburg"}) {
            mvc.perform(get(LIST).session(login(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Wachtlijst jeugdhulp")))
                    .andExpect(content().string(containsString("Overgang PO-VO")));
        }
        mvc.perform(get(LIST).session(login("leertafel-tilburg")))
                .andExpect(content().string(not(containsString("Knelpunt toevoegen"))));
        assertThat(auditRows("THEMAS_BEKEKEN", "beleid-tilburg", "SUCCESS")).isPositive();
    }

    @Test
    void letsACoordinatorAddRenameDeactivateAndReorderAThemeWithADerivedCode() throws Exception {
        MockHttpSession coordinator = login("coordinator-tilburg");
        String name = "Wachtlijst logopedie " + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post(LIST).session(coordinator).with(csrf()).param("name", "  " + name + " "))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from theme where region_slug = 'tilburg' and name = ?").param(name)
                .query(Long.class).single();
        assertThat(jdbc.sql("select code from theme where id = ?").param(id).query(String.class).single())
                .startsWith("wachtlijst-logopedie-");

        mvc.perform(post(LIST + "/" + id).session(coordinator).with(csrf()).param("name", name + " en dyslexie"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(LIST + "/" + id + "/verplaatsen").session(coordinator).with(csrf()).param("richting", "omhoog"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(LIST + "/" + id + "/actief").session(coordinator).with(csrf()).param("actief", "false"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select name || ' ' || active from theme where id = ?").param(id).query(String.class).single())
                .isEqualTo(name + " en dyslexie false");
        mvc.perform(get(LIST).session(coordinator)).andExpect(content().string(containsString("Niet meer in gebruik")));
        assertThat(auditRows("THEMA_GEWIJZIGD", "coordinator-tilburg", "SUCCESS")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void refusesAnEmptyOrDuplicateNameAndKeepsWhatWasTyped() throws Exception {
        MockHttpSession coordinator = login("coordinator-tilburg");
        mvc.perform(post(LIST).session(coordinator).with(csrf()).param("name", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Vul een naam in.")));
        mvc.perform(post(LIST).session(coordinator).with(csrf()).param("name", "wachtlijst JEUGDHULP"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit knelpunt staat al in de lijst.")))
                .andExpect(content().string(containsString("value=\"wachtlijst JEUGDHULP\"")));
        assertThat(jdbc.sql("select count(*) from theme where region_slug = 'tilburg' and lower(name) = 'wachtlijst jeugdhulp'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hidesTheListFromOtherRegionsAndOtherRoles() throws Exception {
        for (String user : new String[] {"coordinator-utrecht", "beleid-utrecht", "deelnemer-tilburg", "verwijzer-tilburg"}) {
            mvc.perform(get(LIST).session(login(user))).andExpect(status().isNotFound());
            assertThat(auditRows("THEMAS_BEKEKEN", user, "DENIED")).as(user).isPositive();
        }
        mvc.perform(get("/leertafels/utrecht/actietafel/themas").session(login("coordinator-utrecht")))
                .andExpect(status().isNotFound());
    }

    @Test
    void refusesChangesByReadersAndToAnotherRegionsTheme() throws Exception {
        mvc.perform(post(LIST).session(login("leertafel-tilburg")).with(csrf()).param("name", "Iets nieuws"))
                .andExpect(status().isNotFound());
        mvc.perform(post(LIST).session(login("beleid-tilburg")).with(csrf()).param("name", ""))
                .andExpect(status().isNotFound());
        assertThat(auditRows("THEMA_TOEGEVOEGD", "beleid-tilburg", "DENIED")).isPositive();
        long utrecht = jdbc.sql("select id from theme where region_slug = 'utrecht' and code = 'vrijstelling'")
                .query(Long.class).single();
        MockHttpSession coordinator = login("coordinator-tilburg");
        mvc.perform(post(LIST + "/" + utrecht + "/actief").session(coordinator).with(csrf()).param("actief", "false"))
                .andExpect(status().isNotFound());
        mvc.perform(get(LIST + "/" + utrecht).session(coordinator)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select active from theme where id = ?").param(utrecht).query(Boolean.class).single()).isTrue();
        assertThat(auditRows("THEMA_GEWIJZIGD", "coordinator-tilburg", "DENIED")).isPositive();
    }

    int auditRows(String action, String actor, String outcome) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor = ? and outcome = ?")
                .params(action, actor, outcome).query(Integer.class).single();
    }
}
