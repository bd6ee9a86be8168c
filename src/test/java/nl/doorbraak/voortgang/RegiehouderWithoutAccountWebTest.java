package nl.doorbraak.voortgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The verslag names the external parent (no account) as regiehouder: the meeting mode and the progress page warn,
 * and the coordinator posts the agreed progress on their behalf, shown as "namens X, geplaatst door Y".
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegiehouderWithoutAccountWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    VerslagFixtures fx;
    String parent;
    long item;
    long caseId;

    @BeforeEach
    void verslagWithTheParentAsRegiehouder() throws Exception {
        fx = new VerslagFixtures(mvc, jdbc);
        String youth = VerslagFixtures.uniqueYouth();
        parent = "Ouder van " + youth;
        item = fx.plannedItem(youth);
        caseId = fx.caseOf(item);
        long verslag = fx.completeDraft(item);
        jdbc.sql("update verslag set regiehouder_id = ? where id = ?").params(fx.participant(item, "OUDER"), verslag)
                .update();
    }

    @Test
    void theMeetingModeWarnsThatTheRegiehouderHasNoAccount() throws Exception {
        mvc.perform(get("/verslagen/" + item).session(fx.login("voorzitter-utrecht")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(parent + ", Ouder of verzorger (geen account)")))
                .andExpect(content().string(containsString(
                        parent + " (geen account): de coördinator plaatst de voortgang namens deze persoon.")));
    }

    @Test
    void theCoordinatorPostsProgressOnBehalfOfTheRegiehouderVisiblySo() throws Exception {
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fx.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        MockHttpSession coordinator = fx.login("coordinator-utrecht");
        mvc.perform(get("/casussen/" + caseId + "/voortgang").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(parent + " (geen account)")))
                .andExpect(content().string(containsString("Ik plaats dit bericht namens de regiehouder " + parent)));

        mvc.perform(post("/casussen/" + caseId + "/voortgang").session(coordinator).with(csrf())
                        .param("text", "De intake is geweest.").param("onBehalf", "true").param("_onBehalf", "on"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/casussen/" + caseId + "/voortgang").session(coordinator).with(csrf())
                        .param("text", "Een eigen notitie.").param("_onBehalf", "on"))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select coalesce(on_behalf_of, '-') from voortgang_bericht where case_id = ? order by id")
                .param(caseId).query(String.class).list()).containsExactly(parent, "-");
        mvc.perform(get("/casussen/" + caseId + "/voortgang").session(fx.login("deelnemer-utrecht")))
                .andExpect(content().string(containsString("namens " + parent + ", geplaatst door Demo Coördinator Utrecht")))
                .andExpect(content().string(not(containsString("Ik plaats dit bericht namens"))));
    }
}
