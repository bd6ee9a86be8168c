package nl.doorbraak.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The managers for opschalen on the organisation form, and from a werkwijze file. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrganisationEscalationContactsWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory directory;

    private static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user("beheer-test").roles("BEHEERDER")).with(csrf());
    }

    @Test
    void savesTheManagersNormalised() throws Exception {
        String name = "Leidinggevenden College " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(asAdmin(post("/beheer/organisaties")).param("name", name).param("type", "JGZ")
                        .param("escalationContacts", " teamleider@jgz.example ,directeur@jgz.example"))
                .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
        assertThat(directory.escalationContacts(id)).containsExactly("teamleider@jgz.example", "directeur@jgz.example");
    }

    @Test
    void refusesABadAddressInDutchNextToTheFieldAndKeepsTheInput() throws Exception {
        mvc.perform(asAdmin(post("/beheer/organisaties")).param("name", "Proef").param("type", "JGZ")
                        .param("escalationContacts", "teamleider@jgz.example, geen-adres"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"escalationContacts-error\"")))
                .andExpect(content().string(containsString("Vul geldige e-mailadressen in, gescheiden door een komma.")))
                .andExpect(content().string(containsString("value=\"teamleider@jgz.example, geen-adres\"")));
    }

    @Test
    void takesTheManagersFromTheWerkwijze() {
        long id = jdbc.sql("select id from organisation where region_slug = 'utrecht' and code = 'jgz-utrecht'")
                .query(Long.class).single();
        assertThat(directory.escalationContacts(id)).isEqualTo(List.of("leidinggevende@jgz-utrecht.example"));
    }
}
