package nl.doorbraak.leertafel;

import static nl.doorbraak.leertafel.LeertafelCaseFixtures.CASES;
import static nl.doorbraak.leertafel.LeertafelCaseFixtures.completeCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

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
 * A member brings in a leertafelcasus on real PostgreSQL: refused while the text names someone, then rewritten and
 * saved; a hit marked as no personal data with a reason is kept and counted for the chair; who sees a case.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeertafelCaseWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    LeertafelCaseFixtures fx;
    MockHttpSession member;
    String marker;

    @BeforeEach
    void aMember() throws Exception {
        fx = new LeertafelCaseFixtures(mvc, jdbc);
        fx.member("leertafel-tilburg");
        member = fx.login("leertafel-tilburg");
        marker = "Patroon " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void refusesADraftThatNamesSomeoneThenSavesItRewritten() throws Exception {
        Map<String, String> named = completeCase(marker, "situation",
                "Mevrouw Jansen belde op 06-12345678 omdat haar zoon niet meer naar school ging.");
        String page = mvc.perform(fx.post(CASES, member, named, "concept")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<mark", "Er is niets opgeslagen", "06-12345678", "Dit is geen persoonsgegeven");
        assertThat(page).contains("value=\"" + marker + "\"");
        assertThat(count("select count(*) from leertafel_case where title = ?", marker)).isZero();
        assertThat(jdbc.sql("""
                select details from audit_log where action = 'LEERTAFEL_CASUS_GEWEIGERD' and actor = 'leertafel-tilburg'
                order by id desc limit 1""").query(String.class).single())
                .contains("TELEFOON 1").doesNotContain("06-12345678", "Jansen");

        Map<String, String> rewritten = completeCase(marker, "situation",
                "Een ouder belde omdat de zoon niet meer naar school ging.");
        String location = mvc.perform(fx.post(CASES, member, rewritten, "concept"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = LeertafelCaseFixtures.idIn(location);
        assertThat(jdbc.sql("select status from leertafel_case where id = ?").param(id).query(String.class).single())
                .isEqualTo("CONCEPT");
        assertThat(jdbc.sql("select count(*) from leertafel_case_intervention where leertafel_case_id = ?").param(id)
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void acceptsAHitMarkedAsNoPersonalDataWithAReasonAndCountsItForTheChair() throws Exception {
        Map<String, String> fields = completeCase(marker, "situation",
                "De leerling zat bij meneer Bakker in de klas en ging daarna niet meer.");
        String page = mvc.perform(fx.post(CASES, member, fields, "indienen")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<mark");
        String kind = jdbc.sql("""
                select substring(details from 'persoonsgegevens; ([A-Z]+) ') from audit_log
                where action = 'LEERTAFEL_CASUS_GEWEIGERD' and actor = 'leertafel-tilburg' order by id desc limit 1""")
                .query(String.class).single();

        fields.put("markings[0].field", "SITUATIE");
        fields.put("markings[0].line", "0");
        fields.put("markings[0].kind", kind);
        fields.put("markings[0].phrase", phraseIn(page));
        fields.put("markings[0].accepted", "true");
        String withoutReason = mvc.perform(fx.post(CASES, member, fields, "indienen")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(withoutReason).contains("Zeg bij treffer 1 waarom het geen persoonsgegeven is.");

        fields.put("markings[0].reason", "Een verzonnen voorbeeldnaam voor de leraar, niet de echte.");
        String location = mvc.perform(fx.post(CASES, member, fields, "indienen"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = LeertafelCaseFixtures.idIn(location);
        assertThat(jdbc.sql("select reason from leertafel_case_override where leertafel_case_id = ?").param(id)
                .query(String.class).list()).containsExactly("Een verzonnen voorbeeldnaam voor de leraar, niet de echte.");

        fx.session(20);
        String chairPage = mvc.perform(get(CASES + "/" + id).session(fx.login("voorzitter-tilburg")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(chairPage).contains("1 treffer gemarkeerd als geen persoonsgegeven", "Een verzonnen voorbeeldnaam");
        String memberPage = mvc.perform(get(CASES + "/" + id).session(member)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(memberPage).doesNotContain("gemarkeerd als geen persoonsgegeven");
    }

    @Test
    void showsASubmittedCaseToOtherMembersOnlyFromAWeekBeforeItsSession() throws Exception {
        long id = submitted(member, marker);
        MockHttpSession other = fx.login(fx.anotherMember());

        mvc.perform(get(CASES + "/" + id).session(other)).andExpect(status().isNotFound());
        assertThat(count("select count(*) from audit_log where action = 'LEERTAFEL_CASUS_BEKEKEN' and outcome = 'DENIED' "
                + "and object_id = ?", String.valueOf(id))).isEqualTo(1);
        assertThat(listOf(other)).doesNotContain(marker);

        fx.onAgenda(fx.session(30), id);
        mvc.perform(get(CASES + "/" + id).session(other)).andExpect(status().isNotFound());

        fx.onAgenda(fx.session(5), id);
        mvc.perform(get(CASES + "/" + id).session(other)).andExpect(status().isOk());
        assertThat(listOf(other)).contains(marker);
        mvc.perform(get(CASES + "/" + id).session(fx.login("coordinator-tilburg"))).andExpect(status().isOk());
    }

    @Test
    void keepsADraftForItsAuthorOnly() throws Exception {
        String location = mvc.perform(fx.post(CASES, member, completeCase(marker), "concept"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = LeertafelCaseFixtures.idIn(location);

        assertThat(mvc.perform(get(CASES + "/" + id).session(member)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString()).contains("Uw concept", "value=\"" + marker + "\"");
        for (String outsider : new String[] {"coordinator-tilburg", "voorzitter-tilburg", "coordinator-utrecht"}) {
            mvc.perform(get(CASES + "/" + id).session(fx.login(outsider))).andExpect(status().isNotFound());
            mvc.perform(fx.post(CASES + "/" + id, fx.login(outsider), completeCase("Overgenomen"), "concept"))
                    .andExpect(status().isNotFound());
        }
        // another region, or another table, never finds it either
        mvc.perform(get("/leertafels/utrecht/leertafel/casussen/" + id).session(fx.login("coordinator-utrecht")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/leertafels/tilburg/actietafel/casussen/" + id).session(member))
                .andExpect(status().isNotFound());
        MockHttpSession other = fx.login(fx.anotherMember());
        mvc.perform(fx.post(CASES + "/" + id, other, completeCase("Overgenomen"), "indienen"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select title from leertafel_case where id = ?").param(id).query(String.class).single())
                .isEqualTo(marker);
    }

    @Test
    void refusesASubmissionWithoutEverythingTheTableNeedsAndKeepsWhatWasTyped() throws Exception {
        Map<String, String> fields = completeCase(marker, "question", "", "ageBand", "");
        String page = mvc.perform(fx.post(CASES, member, fields, "indienen")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kies de leeftijd.", "Schrijf de vraag aan de leertafel.", "value=\"" + marker + "\"",
                "href=\"#ageBand\"");
        assertThat(count("select count(*) from leertafel_case where title = ?", marker)).isZero();
    }

    @Test
    void addsALineForAnotherInterventionWithoutSaving() throws Exception {
        String page = mvc.perform(fx.post(CASES, member, completeCase(marker), "regel-toevoegen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"interventions-2\"");
        assertThat(count("select count(*) from leertafel_case where title = ?", marker)).isZero();
    }

    long submitted(MockHttpSession session, String title) throws Exception {
        String location = mvc.perform(fx.post(CASES, session, completeCase(title), "indienen"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return LeertafelCaseFixtures.idIn(location);
    }

    String listOf(MockHttpSession session) throws Exception {
        return mvc.perform(get(CASES).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }

    /** The phrase of the first hit, as the form sends it back. */
    static String phraseIn(String page) {
        String field = "name=\"markings[0].phrase\" value=\"";
        int at = page.indexOf(field) + field.length();
        return page.substring(at, page.indexOf('"', at)).replace("&#39;", "'").replace("&amp;", "&");
    }
}
