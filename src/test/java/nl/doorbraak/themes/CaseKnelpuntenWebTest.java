package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The knelpunten of a Utrecht case with a finalised verslag: its coordinator and its chair tag them; a participant who
 * reads the case, leertafel and policy staff, and other regions get 404 with a DENIED row.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseKnelpuntenWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    VerslagFixtures fx;
    long caseId;

    @BeforeAll
    void aCaseWithAFinalisedVerslag() throws Exception {
        fx = new VerslagFixtures(mvc, jdbc);
        long item = fx.plannedItem(VerslagFixtures.uniqueYouth());
        caseId = fx.caseOf(item);
        fx.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fx.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void letsTheCoordinatorTagTheCaseOnTheDayItsTableMet() throws Exception {
        var coordinator = fx.login("coordinator-utrecht");
        mvc.perform(get(page()).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Welke knelpunten speelden in deze casus? De leertafel ziet alleen de aantallen.")))
                .andExpect(content().string(containsString("Wachtlijst jeugdhulp")));
        mvc.perform(post(page()).session(coordinator).with(csrf())
                        .param("themeIds", String.valueOf(theme("utrecht", "wachtlijst-jeugdhulp")))
                        .param("themeIds", String.valueOf(theme("utrecht", "leerlingenvervoer")))
                        .param("themeIds", String.valueOf(theme("tilburg", "vrijstelling"))))
                .andExpect(status().is3xxRedirection());
        List<String> tags = jdbc.sql("""
                select t.code || ' ' || g.occurred_on from theme_tag g join theme t on t.id = g.theme_id
                where g.case_id = ? order by t.position""").param(caseId).query(String.class).list();
        LocalDate met = jdbc.sql("""
                select cast(m.starts_at as date) from agenda_item i join meeting m on m.id = i.meeting_id where i.case_id = ?""")
                .param(caseId).query(LocalDate.class).single();
        assertThat(tags).containsExactly("wachtlijst-jeugdhulp " + met, "leerlingenvervoer " + met);
        assertThat(rows("KNELPUNTEN_GEWIJZIGD", "coordinator-utrecht", "SUCCESS")).isPositive();
        assertThat(rows("KNELPUNTEN_BEKEKEN", "coordinator-utrecht", "SUCCESS")).isPositive();
    }

    @Test
    void letsTheChairOfTheCaseTagIt() throws Exception {
        mvc.perform(post(page()).session(fx.login("voorzitter-utrecht")).with(csrf())
                        .param("themeIds", String.valueOf(theme("utrecht", "overgang-po-vo"))))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from theme_tag g join theme t on t.id = g.theme_id where g.case_id = ? and t.code = 'overgang-po-vo'")
                .param(caseId).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void hidesThePageFromLeertafelPolicyParticipantsAndOtherRegions() throws Exception {
        for (String user : new String[] {"leertafel-utrecht", "beleid-utrecht", "deelnemer-utrecht", "coordinator-tilburg"}) {
            var session = fx.login(user);
            mvc.perform(get(page()).session(session)).andExpect(status().isNotFound());
            mvc.perform(post(page()).session(session).with(csrf())
                    .param("themeIds", String.valueOf(theme("utrecht", "vrijstelling")))).andExpect(status().isNotFound());
            assertThat(rows("KNELPUNTEN_BEKEKEN", user, "DENIED")).as(user).isPositive();
            assertThat(rows("KNELPUNTEN_GEWIJZIGD", user, "DENIED")).as(user).isPositive();
        }
        assertThat(jdbc.sql("select count(*) from theme_tag g join theme t on t.id = g.theme_id where g.case_id = ? and t.code = 'vrijstelling'")
                .param(caseId).query(Integer.class).single()).isZero();
    }

    private String page() {
        return "/casussen/" + caseId + "/knelpunten";
    }

    private long theme(String region, String code) {
        return jdbc.sql("select id from theme where region_slug = ? and code = ?").params(region, code).query(Long.class).single();
    }

    private int rows(String action, String actor, String outcome) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor = ? and outcome = ? and subject_ref = ?")
                .params(action, actor, outcome, "casus:" + caseId).query(Integer.class).single();
    }
}
