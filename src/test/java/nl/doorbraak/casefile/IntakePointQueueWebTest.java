package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each of Zuidoost Utrecht's intake points is a queue: the vooroverleg list filters per intake point (never wider
 * than what the reader may see), pages keep the filter, and the case page and vooroverleg name the intake point.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class IntakePointQueueWebTest {

    private static final String VO_POINT = "zuidoost-utrecht:swv-vo-zou";
    private static final String PO_POINT = "zuidoost-utrecht:swv-po-zout";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void theOverallCoordinatorFiltersTheVooroverlegPerIntakePoint() throws Exception {
        String voYouth = uniqueName();
        String poYouth = uniqueName();
        submitted(voYouth, "VO");
        submitted(poYouth, "PO");
        MockHttpSession overall = login("coordinator-zuidoost-utrecht");

        String all = queue(overall, "");
        assertThat(all).contains(voYouth).contains(poYouth).contains("name=\"intakepunt\"")
                .contains("value=\"" + VO_POINT + "\"").contains("value=\"" + PO_POINT + "\"")
                .contains("Lokaal team/zorgaanbieder");
        String vo = queue(overall, VO_POINT);
        assertThat(vo).contains(voYouth).doesNotContain(poYouth).contains("Voortgezet onderwijs");
        assertThat(queue(overall, PO_POINT)).contains(poYouth).doesNotContain(voYouth);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'VOOROVERLEG_LIJST_BEKEKEN' "
                        + "and actor = 'coordinator-zuidoost-utrecht' and details = ?").param("intakepunt=" + VO_POINT)
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void anIntakeCoordinatorFilteringOnAnotherIntakePointSeesNoneOfItsCases() throws Exception {
        String voYouth = uniqueName();
        submitted(voYouth, "VO");

        assertThat(queue(login("coordinator-po-zuidoost-utrecht"), VO_POINT)).doesNotContain(voYouth);
        assertThat(queue(login("coordinator-vo-zuidoost-utrecht"), VO_POINT)).contains(voYouth);
    }

    @Test
    void anIntakePointOfAnotherRegionIsIgnoredAndShowsNothingOfThatRegion() throws Exception {
        String voYouth = uniqueName();
        submitted(voYouth, "VO");

        String page = queue(login("coordinator-zuidoost-utrecht"), "amsterdam:osl-swv-vo");

        assertThat(page).contains(voYouth).doesNotContain("amsterdam:osl-swv-vo");
    }

    @Test
    void aLaterPageOfTheQueueKeepsTheIntakePointFilterInItsLinks() throws Exception {
        String page = mvc.perform(get("/vooroverleg").session(login("coordinator-zuidoost-utrecht"))
                        .param("intakepunt", VO_POINT).param("pagina", "40"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("/vooroverleg?intakepunt=" + VO_POINT + "&amp;pagina=39");
    }

    @Test
    void theCasePageAndTheVooroverlegNameTheCasesIntakePoint() throws Exception {
        long id = submitted(uniqueName(), "PO");
        MockHttpSession overall = login("coordinator-zuidoost-utrecht");

        String casePage = mvc.perform(get("/casussen/" + id).session(overall)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String triagePage = mvc.perform(get("/vooroverleg/" + id).session(overall)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(section(casePage, "id=\"intakepunt\"")).contains("Primair onderwijs");
        assertThat(section(triagePage, "id=\"intakepunt\"")).contains("Primair onderwijs");
    }

    /** The queue page with this filter, every page of it, so the test holds however many cases wait. */
    private String queue(MockHttpSession session, String intakePoint) throws Exception {
        StringBuilder pages = new StringBuilder();
        for (int page = 0; ; page++) {
            String html = mvc.perform(get("/vooroverleg").session(session).param("intakepunt", intakePoint)
                            .param("pagina", String.valueOf(page)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            pages.append(html);
            if (!html.contains("pagina=" + (page + 1) + "\"")) {
                return pages.toString();
            }
        }
    }

    private static String section(String page, String marker) {
        int start = page.indexOf(marker);
        assertThat(start).as(marker).isNotNegative();
        return page.substring(start, Math.min(page.length(), start + 400));
    }

    private long submitted(String youth, String sector) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(
                ReferralFormFields.complete(youth, "zuidoost-utrecht", "Zeist", LocalDate.now()));
        f.put("actie", "indienen");
        f.put("sector", sector);
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-zuidoost-utrecht"))
                .with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    private static String uniqueName() {
        return "Testkind " + UUID.randomUUID().toString().substring(0, 8);
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }
}
