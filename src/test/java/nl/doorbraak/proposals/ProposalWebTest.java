package nl.doorbraak.proposals;

import static nl.doorbraak.proposals.ProposalFixtures.BASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** Proposals of Tilburg's leertafel through the pages: submitting, following up to ingevoerd, and who sees what. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ProposalWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    ProposalFixtures f;

    @BeforeEach
    void fixtures() {
        f = new ProposalFixtures(mvc, jdbc);
    }

    @Test
    void aMemberSubmitsAProposalAndFollowsItToIngevoerdWithADatedHistory() throws Exception {
        String title = ProposalFixtures.uniqueTitle();
        long id = f.submitted(title);
        LocalDate today = LocalDate.now();

        assertThat(f.decide(id, "IN_BEHANDELING", today, null)).isEqualTo(BASE + "/" + id);
        assertThat(f.decide(id, "AANGENOMEN", today, "Het bestuur neemt het over.")).isEqualTo(BASE + "/" + id);
        assertThat(f.decide(id, "INGEVOERD", today, null)).isEqualTo(BASE + "/" + id);

        assertThat(f.status(id)).isEqualTo("INGEVOERD");
        assertThat(f.decisions(id)).containsExactly("INGEDIEND", "IN_BEHANDELING", "AANGENOMEN", "INGEVOERD");
        String page = mvc.perform(get(BASE + "/" + id).session(f.login("leertafel-tilburg")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(title).contains("Het bestuur neemt het over.").contains("Dit voorstel is ingevoerd")
                .doesNotContain("Besluit vastleggen</button>");
        assertThat(f.audits("VOORSTEL_INGEDIEND", "SUCCESS", "leertafel-tilburg", id)).isOne();
        assertThat(f.audits("VOORSTEL_BESLUIT_VASTGELEGD", "SUCCESS", "leertafel-tilburg", id)).isEqualTo(3);
    }

    @Test
    void listsOpenProposalsAsAStandingFollowUpWithTheirOwnerAndThemes() throws Exception {
        String title = ProposalFixtures.uniqueTitle();
        f.submitted(title);

        String list = mvc.perform(get(BASE).param("status", "OPEN").param("soort", "VERBETERVOORSTEL")
                .session(f.login("beleid-tilburg"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(list).contains(title).contains("Onduidelijke verantwoordelijkheid")
                .contains("Volgt op in elke bijeenkomst tot ingevoerd of afgewezen")
                .doesNotContain("Nieuw voorstel</a>");
        String other = mvc.perform(get(BASE).param("status", "INGEVOERD").session(f.login("beleid-tilburg")))
                .andReturn().getResponse().getContentAsString();
        assertThat(other).doesNotContain(title);
    }

    @Test
    void refusesInvoeringBeforeAannameKeepsWhatWasTypedAndAuditsTheRefusal() throws Exception {
        long id = f.submitted(ProposalFixtures.uniqueTitle());

        String page = mvc.perform(post(BASE + "/" + id + "/besluit").session(f.login("leertafel-tilburg")).with(csrf())
                .param("status", "INGEVOERD").param("decidedOn", LocalDate.now().toString())
                .param("note", "Al gedaan op alle scholen.")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(page).contains("Een voorstel kan pas worden ingevoerd als het is aangenomen.")
                .contains("Al gedaan op alle scholen.");
        assertThat(f.status(id)).isEqualTo("INGEDIEND");
        assertThat(f.decisions(id)).containsExactly("INGEDIEND");
        assertThat(f.audits("VOORSTEL_BESLUIT_VASTGELEGD", "DENIED", "leertafel-tilburg", id)).isOne();
    }

    @Test
    void refusesAnIncompleteProposalWithEveryProblemAtOnceAndSavesNothing() throws Exception {
        int before = jdbc.sql("select count(*) from proposal").query(Integer.class).single();

        String page = mvc.perform(post(BASE).session(f.login("leertafel-tilburg")).with(csrf())
                .param("title", "Alleen een titel").param("submittedOn", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Kies de soort voorstel.").contains("Vul de omschrijving in.")
                .contains("Kies minstens een thema.").contains("Kies minstens een organisatie.")
                .contains("Deze datum ligt in de toekomst.").contains("Alleen een titel");
        assertThat(jdbc.sql("select count(*) from proposal").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void refusesAnIdentifierShowsItInPlaceSavesNothingAndSavesTheRewrittenText() throws Exception {
        String title = ProposalFixtures.uniqueTitle();
        MockHttpSession member = f.login("leertafel-tilburg");

        String page = mvc.perform(f.complete(member, title,
                "Meneer Jansen van de toegang belde pas na zes weken terug op 06-12345678."))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Herschrijf").contains("06-12345678").contains("Telefoonnummer");
        assertThat(jdbc.sql("select count(*) from proposal where title = ?").param(title).query(Integer.class).single())
                .isZero();
        mvc.perform(f.complete(member, title,
                "De toegang belde pas na zes weken terug. SWV Plein 013 en de toegang maken een terugbelafspraak."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from proposal where title = ?").param(title).query(Integer.class).single())
                .isOne();
    }

    @Test
    void policyStaffReadButDoNotSubmitOrDecide() throws Exception {
        long id = f.submitted(ProposalFixtures.uniqueTitle());
        MockHttpSession beleid = f.login("beleid-tilburg");

        mvc.perform(get(BASE + "/" + id).session(beleid)).andExpect(status().isOk());
        mvc.perform(get(BASE + "/nieuw").session(beleid)).andExpect(status().isNotFound());
        mvc.perform(f.complete(beleid, ProposalFixtures.uniqueTitle())).andExpect(status().isNotFound());
        mvc.perform(post(BASE + "/" + id + "/besluit").session(beleid).with(csrf()).param("status", "IN_BEHANDELING")
                .param("decidedOn", LocalDate.now().toString())).andExpect(status().isNotFound());

        assertThat(f.status(id)).isEqualTo("INGEDIEND");
        assertThat(f.audits("VOORSTEL_BESLUIT_VASTGELEGD", "DENIED", "beleid-tilburg", "tilburg/leertafel"))
                .isPositive();
    }

    @Test
    void otherRegionsAndAnotherTablesProposalGetNotFoundAndADeniedRow() throws Exception {
        long id = f.submitted(ProposalFixtures.uniqueTitle());
        for (String outsider : new String[] {"leertafel-amsterdam", "coordinator-utrecht", "beleid-amsterdam",
                "verwijzer-tilburg", "deelnemer-tilburg", "privacy-tilburg", "beheerder"}) {
            MockHttpSession session = f.login(outsider);
            mvc.perform(get(BASE).session(session)).andExpect(status().isNotFound());
            mvc.perform(get(BASE + "/" + id).session(session)).andExpect(status().isNotFound());
            mvc.perform(get("/leertafels/tilburg/leertafel/opbrengst").session(session))
                    .andExpect(status().isNotFound());
            assertThat(f.audits("VOORSTEL_BEKEKEN", "DENIED", outsider, "tilburg/leertafel")).as(outsider)
                    .isPositive();
        }
        long elsewhere = f.elsewhere();
        mvc.perform(get(BASE + "/" + elsewhere).session(f.login("coordinator-tilburg")))
                .andExpect(status().isNotFound());
        assertThat(f.audits("VOORSTEL_BEKEKEN", "DENIED", "coordinator-tilburg", elsewhere)).isOne();
    }

    @Test
    void theOwnerSeesATileWithTheProposalsToFollowUp() throws Exception {
        f.submitted(ProposalFixtures.uniqueTitle());

        String home = mvc.perform(get("/").session(f.login("leertafel-tilburg"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(home).contains("Voorstellen opvolgen").contains("voorstellen om op te volgen");
    }
}
