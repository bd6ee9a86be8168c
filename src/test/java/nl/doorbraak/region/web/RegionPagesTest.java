package nl.doorbraak.region.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegionPagesTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "BEHEERDER")
    void listsTheFiveRegionsForAnAdministrator() throws Exception {
        mvc.perform(get("/beheer/regios")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Regio&#39;s en hun werkwijze</h1>"),
                        containsString("href=\"/beheer/regios/zuidoost-utrecht\""), containsString("Amstelland en de Meerlanden"),
                        containsString("Leertafel Onderwijs-Jeugdhulp"), containsString("<caption>"))));
    }

    @Test
    @WithMockUser(roles = "BEHEERDER")
    void showsAWerkwijzeWithItsFixedDatesIntakeRoutesAndDefaults() throws Exception {
        mvc.perform(get("/beheer/regios/zuidoost-utrecht")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Zuidoost Utrecht</h1>"),
                        containsString("dinsdag 13 september 2022"), containsString("13:00 tot 15:00 uur"),
                        containsString("Lokaal team/zorgaanbieder"), containsString("doorbraaktafel@zorg-zou.example"),
                        containsString("CJG Zeist"), containsString("standaardwaarde"),
                        containsString("Er zijn geen bijeenkomsten meer gepland"))));
    }

    @Test
    @WithMockUser(roles = "BEHEERDER")
    void showsComputedNextMeetingsAndTheChecklist() throws Exception {
        mvc.perform(get("/beheer/regios/amsterdam")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Elke 6 weken op dinsdag"), containsString("class=\"next-meetings\""),
                        containsString("Structurele partners"), containsString("Meerdere organisaties maken zich zorgen."),
                        containsString("Er moet minimaal 1 van deze omstandigheden gelden."))));
        mvc.perform(get("/beheer/regios/utrecht")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Op afroep, binnen 5 dagen"), containsString("Kernpartners en hun rol"),
                        containsString("Hoe leggen we afspraken vast en hoe wordt informatie gedeeld?"))));
    }

    @Test
    @WithMockUser(roles = "BEHEERDER")
    void answersNotFoundForAnUnknownRegion() throws Exception {
        mvc.perform(get("/beheer/regios/atlantis")).andExpect(status().isNotFound());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void refusesTheRegionPagesToOtherRoles() throws Exception {
        mvc.perform(get("/beheer/regios")).andExpect(status().isForbidden());
        mvc.perform(get("/beheer/regios/amsterdam")).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "VERWIJZER")
    void showsTheHelpPageWithMergedGlossaryAndRolesToAnyUser() throws Exception {
        mvc.perform(get("/help")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<h1>Hulp en begrippen</h1>"), containsString("Kernvraag"),
                        containsString("Amsterdam:"), containsString("Opschalen"), containsString("Verwijzer:"),
                        containsString("Gebruikt in:"))));
    }

    @Test
    void sendsAnonymousVisitorsToTheLoginPage() throws Exception {
        mvc.perform(get("/help")).andExpect(status().is3xxRedirection());
    }
}
