package nl.doorbraak.verslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Following up the agreements of a finalised verslag on real PostgreSQL. In the fixture deelnemer-utrecht owns the
 * agreement and the scenario and is the regiehouder; verwijzer-utrecht (the inbrenger) sees the case but owns nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AgreementFollowupWebTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    private static final String SCENARIO_THEN = "Nieuw overleg binnen vijf dagen.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    VerslagFixtures fixtures;
    String youth;
    long caseId;
    long agreementId;

    @Autowired
    void fixtures(MockMvc mockMvc, JdbcClient jdbcClient) {
        fixtures = new VerslagFixtures(mockMvc, jdbcClient);
    }

    private void finalisedCase() throws Exception {
        youth = VerslagFixtures.uniqueYouth();
        long item = fixtures.plannedItem(youth);
        fixtures.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(redirectedUrl("/verslagen/" + item + "/versies/1"));
        caseId = fixtures.caseOf(item);
        agreementId = jdbc.sql("select id from verslag_agreement where case_id = ?").param(caseId).query(Long.class).single();
    }

    /** The audit rows of this test's case under {@code action} by {@code actor}: outcome and details, oldest first. */
    private List<String> attempts(String action, String actor) {
        return jdbc.sql("""
                select outcome || ' ' || coalesce(details, '') from audit_log
                where action = ? and actor = ? and subject_ref = ? order by id""")
                .params(action, actor, "casus:" + caseId).query(String.class).list();
    }

    private String agreementUrl() {
        return "/casussen/" + caseId + "/afspraken/" + agreementId;
    }

    private long scenarioId() {
        return jdbc.sql("select s.id from verslag_scenario s join verslag v on v.id = s.verslag_id where v.case_id = ?")
                .param(caseId).query(Long.class).single();
    }

    @Test
    void theOwnerMarksAnAgreementDoneWithANoteOnTheResult() throws Exception {
        finalisedCase();
        var owner = fixtures.login("deelnemer-utrecht");
        mvc.perform(post(agreementUrl() + "/gedaan").session(owner).with(csrf()).param("resultNote", " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf op wat de afspraak heeft opgeleverd.")));
        assertThat(statusOf(agreementId)).isEqualTo("OPEN");

        mvc.perform(post(agreementUrl() + "/gedaan").session(owner).with(csrf())
                        .param("resultNote", "Intake was op 3 maart, start op 1 april."))
                .andExpect(redirectedUrl("/casussen/" + caseId + "/afspraken"));

        assertThat(statusOf(agreementId)).isEqualTo("GEDAAN");
        assertThat(jdbc.sql("select kind || ':' || note from verslag_agreement_history where agreement_id = ?")
                .param(agreementId).query(String.class).list())
                .containsExactly("DONE:Intake was op 3 maart, start op 1 april.");
        mvc.perform(get("/casussen/" + caseId + "/afspraken").session(owner))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Intake was op 3 maart, start op 1 april.")));
    }

    @Test
    void aProblemMailsTheRegiehouderAndTheCoordinatorsWithALinkAndNoYouthName() throws Exception {
        finalisedCase();
        mvc.perform(post(agreementUrl() + "/probleem").session(fixtures.login("deelnemer-utrecht")).with(csrf())
                        .param("problem", "De school reageert niet op mijn mails."))
                .andExpect(redirectedUrl("/casussen/" + caseId + "/afspraken"));

        assertThat(statusOf(agreementId)).isEqualTo("PROBLEEM");
        List<String> mails = jdbc.sql("""
                select recipient || ' ' || subject || ' ' || body from outbox_mail
                where kind = 'AFSPRAAK_PROBLEEM' and link_path = ?""")
                .param("/casussen/" + caseId + "/afspraken").query(String.class).list();
        assertThat(mails).anyMatch(m -> m.startsWith(email("deelnemer-utrecht") + " "))
                .anyMatch(m -> m.startsWith(email("coordinator-utrecht") + " "))
                .noneMatch(m -> m.contains(youth) || m.contains("De school reageert niet"));
    }

    @Test
    void theRegiehouderChangesADeadlineAndTheHistoryShowsOldNewAndReason() throws Exception {
        finalisedCase();
        var regiehouder = fixtures.login("deelnemer-utrecht");
        LocalDate old = jdbc.sql("select due_on from verslag_agreement where id = ?").param(agreementId)
                .query(LocalDate.class).single();
        LocalDate later = LocalDate.now().plusDays(45);
        mvc.perform(post(agreementUrl() + "/deadline").session(regiehouder).with(csrf())
                        .param("newDueOn", later.toString()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Schrijf op waarom de datum verandert.")))
                .andExpect(content().string(containsString("value=\"" + later + "\"")));

        mvc.perform(post(agreementUrl() + "/deadline").session(regiehouder).with(csrf())
                        .param("newDueOn", later.toString()).param("reason", "De school is drie weken dicht."))
                .andExpect(redirectedUrl("/casussen/" + caseId + "/afspraken"));

        mvc.perform(get("/casussen/" + caseId + "/afspraken").session(regiehouder))
                .andExpect(content().string(containsString("De school is drie weken dicht.")))
                .andExpect(content().string(containsString("van " + DAY.format(old) + " naar " + DAY.format(later))));
        assertThat(jdbc.sql("select due_on from verslag_agreement where id = ?").param(agreementId)
                .query(LocalDate.class).single()).isEqualTo(later);
    }

    @Test
    void someoneWhoSeesTheCaseButIsNotTheOwnerOrRegiehouderIsRefused() throws Exception {
        finalisedCase();
        var inbrenger = fixtures.login("verwijzer-utrecht");
        mvc.perform(get("/casussen/" + caseId + "/afspraken").session(inbrenger)).andExpect(status().isOk());
        mvc.perform(post(agreementUrl() + "/gedaan").session(inbrenger).with(csrf()).param("resultNote", "Klaar."))
                .andExpect(status().isForbidden());
        mvc.perform(post(agreementUrl() + "/deadline").session(inbrenger).with(csrf())
                        .param("newDueOn", LocalDate.now().plusDays(9).toString()).param("reason", "Later."))
                .andExpect(status().isForbidden());
        assertThat(statusOf(agreementId)).isEqualTo("OPEN");
    }

    @Test
    void markingDoneAnAgreementYouDoNotOwnLeavesOneDeniedRowWithTheReason() throws Exception {
        finalisedCase();
        mvc.perform(post(agreementUrl() + "/gedaan").session(fixtures.login("verwijzer-utrecht")).with(csrf())
                .param("resultNote", "Klaar.")).andExpect(status().isForbidden());

        assertThat(statusOf(agreementId)).isEqualTo("OPEN");
        assertThat(attempts("AFSPRAAK_GEDAAN", "verwijzer-utrecht")).containsExactly("DENIED geweigerd: Alleen wie "
                + "de afspraak uitvoert, kan melden dat die gedaan is of een probleem melden.");
    }

    @Test
    void theOwnersAttemptsLeaveOneRowEachWithTheirOutcome() throws Exception {
        finalisedCase();
        var owner = fixtures.login("deelnemer-utrecht");
        mvc.perform(post(agreementUrl() + "/gedaan").session(owner).with(csrf()).param("resultNote", " "))
                .andExpect(status().isOk());
        mvc.perform(post(agreementUrl() + "/gedaan").session(owner).with(csrf()).param("resultNote", "Gelukt."))
                .andExpect(redirectedUrl("/casussen/" + caseId + "/afspraken"));

        assertThat(attempts("AFSPRAAK_GEDAAN", "deelnemer-utrecht")).containsExactly(
                "DENIED geweigerd: Schrijf op wat de afspraak heeft opgeleverd.", "SUCCESS ");
    }

    @Test
    void anOutsiderGetsNotFound() throws Exception {
        finalisedCase();
        var outsider = fixtures.login("verwijzer-amsterdam");
        mvc.perform(get("/casussen/" + caseId + "/afspraken").session(outsider)).andExpect(status().isNotFound());
        mvc.perform(get(agreementUrl()).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(post(agreementUrl() + "/gedaan").session(outsider).with(csrf()).param("resultNote", "Klaar."))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'AFSPRAKEN_BEKEKEN' and object_id = ?
                and outcome = 'DENIED'""").param(String.valueOf(caseId)).query(Long.class).single()).isPositive();
    }

    @Test
    void activatingAScenarioMakesASmartAgreementOwnedByTheScenarioOwnerOnce() throws Exception {
        finalisedCase();
        var coordinator = fixtures.login("coordinator-utrecht");
        String url = "/casussen/" + caseId + "/scenarios/" + scenarioId();
        LocalDate due = LocalDate.now().plusDays(5);
        mvc.perform(post(url + "/activeren").session(coordinator).with(csrf()).param("reason", "De intake ging niet door.")
                        .param("dueOn", "").param("result", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul in wanneer de afspraak klaar moet zijn.")))
                .andExpect(content().string(containsString("De intake ging niet door.")));

        mvc.perform(post(url + "/activeren").session(coordinator).with(csrf()).param("reason", "De intake ging niet door.")
                        .param("dueOn", due.toString()).param("result", "Er is een datum voor het nieuwe overleg."))
                .andExpect(redirectedUrl("/casussen/" + caseId + "/afspraken"));

        var made = jdbc.sql("""
                select owner_user_id, due_on, result, status from verslag_agreement where case_id = ? and what = ?""")
                .params(caseId, SCENARIO_THEN)
                .query((rs, n) -> List.of(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)))
                .single();
        assertThat(made).containsExactly(fixtures.userId("deelnemer-utrecht"), due,
                "Er is een datum voor het nieuwe overleg.", "OPEN");

        mvc.perform(post(url + "/activeren").session(coordinator).with(csrf()).param("reason", "Nog eens.")
                        .param("dueOn", due.toString()).param("result", "Nog eens."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dit scenario is al geactiveerd.")));
        assertThat(jdbc.sql("select count(*) from verslag_agreement where case_id = ? and what = ?")
                .params(caseId, SCENARIO_THEN).query(Long.class).single()).isOne();
    }

    @Test
    void myAgreementsAreSortedByDeadlineWithOverdueMarked() throws Exception {
        finalisedCase();
        var owner = fixtures.login("deelnemer-utrecht");
        LocalDate overdue = LocalDate.now().minusDays(900);
        jdbc.sql("update verslag_agreement set due_on = ? where id = ?").params(overdue, agreementId).update();
        mvc.perform(post("/casussen/" + caseId + "/scenarios/" + scenarioId() + "/activeren")
                        .session(fixtures.login("coordinator-utrecht")).with(csrf()).param("reason", "Intake ging niet door.")
                        .param("dueOn", LocalDate.now().toString()).param("result", "Datum staat."))
                .andExpect(redirectedUrl("/casussen/" + caseId + "/afspraken"));
        jdbc.sql("update verslag_agreement set due_on = ? where case_id = ? and what = ?")
                .params(overdue.plusDays(1), caseId, SCENARIO_THEN).update();

        String page = mvc.perform(get("/afspraken").session(owner)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)))
                .andReturn().getResponse().getContentAsString();
        int first = page.indexOf(VerslagFixtures.AGREEMENT);
        int second = page.indexOf(SCENARIO_THEN);
        assertThat(first).isPositive().isLessThan(second);
        assertThat(page.substring(first, second)).contains("te laat");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'MIJN_AFSPRAKEN_BEKEKEN' and object_id = ?")
                .param(String.valueOf(caseId)).query(Long.class).single()).isPositive();
        mvc.perform(get("/casussen/" + caseId + "/afspraken").session(owner))
                .andExpect(content().string(containsString("te laat")));
        mvc.perform(get("/afspraken").session(fixtures.login("verwijzer-utrecht")))
                .andExpect(content().string(not(containsString(youth))));
    }

    @Test
    void aClosedCaseRefusesEveryChangeWithAMessage() throws Exception {
        finalisedCase();
        jdbc.sql("update case_file set status = 'AFGESLOTEN' where id = ?").param(caseId).update();
        var owner = fixtures.login("deelnemer-utrecht");
        mvc.perform(post(agreementUrl() + "/gedaan").session(owner).with(csrf()).param("resultNote", "Klaar."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt de afspraken niet meer wijzigen.")));
        mvc.perform(post("/casussen/" + caseId + "/scenarios/" + scenarioId() + "/activeren")
                        .session(fixtures.login("coordinator-utrecht")).with(csrf()).param("reason", "Nu.")
                        .param("dueOn", LocalDate.now().plusDays(3).toString()).param("result", "Iets."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt de afspraken niet meer wijzigen.")));
        assertThat(statusOf(agreementId)).isEqualTo("OPEN");
        assertThat(jdbc.sql("select count(*) from verslag_agreement where case_id = ?").param(caseId)
                .query(Long.class).single()).isOne();
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from verslag_agreement where id = ?").param(id).query(String.class).single();
    }

    private String email(String username) {
        return jdbc.sql("select email from app_user where username = ?").param(username).query(String.class).single();
    }
}
