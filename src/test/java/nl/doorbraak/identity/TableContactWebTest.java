package nl.doorbraak.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator makes a user their organisation's contact for the tables (one per organisation), audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TableContactWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theAdministratorMakesAUserTheContactOfTheirOrganisationAndEndsIt() throws Exception {
        MockHttpSession admin = login("beheerder");
        long user = userId("verwijzer-tilburg");
        String contact = "/beheer/gebruikers/" + user + "/tafelcontact";
        mvc.perform(get("/beheer/gebruikers/" + user).session(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Contactpersoon van de organisatie maken")));

        mvc.perform(post(contact).session(admin).with(csrf()).param("contact", "true"))
                .andExpect(flash().attribute("flashSuccess", containsString("is nu de contactpersoon")));
        assertThat(contactOf(user)).isEqualTo(1);
        mvc.perform(get("/beheer/gebruikers/" + user).session(admin))
                .andExpect(content().string(containsString("Geen contactpersoon meer")));
        mvc.perform(post(contact).session(admin).with(csrf()).param("contact", "false"))
                .andExpect(status().is3xxRedirection());

        assertThat(contactOf(user)).isZero();
        assertThat(contactOf(userId("deelnemer-tilburg"))).as("the school's earlier contact was replaced").isZero();
        jdbc.sql("""
                insert into organisation_table_contact (organisation_id, user_id)
                select organisation_id, id from app_user where username = 'deelnemer-tilburg'""").update();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'TAFELCONTACT_GEWIJZIGD' and object_id = ?")
                .param(String.valueOf(user)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void aUserWithoutAnOrganisationCannotBeAContactAndOthersMayNotSetIt() throws Exception {
        long beheerder = userId("beheerder");
        mvc.perform(post("/beheer/gebruikers/" + beheerder + "/tafelcontact").session(login("beheerder")).with(csrf())
                        .param("contact", "true"))
                .andExpect(flash().attribute("flashError", containsString("werkt niet bij een organisatie")));
        long user = userId("deelnemer-tilburg");
        mvc.perform(post("/beheer/gebruikers/" + user + "/tafelcontact").session(login("coordinator-tilburg"))
                .with(csrf()).param("contact", "false")).andExpect(status().isForbidden());
        assertThat(contactOf(beheerder)).isZero();
    }

    private int contactOf(long user) {
        return jdbc.sql("select count(*) from organisation_table_contact where user_id = ?").param(user)
                .query(Integer.class).single();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }
}
