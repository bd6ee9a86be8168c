package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
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

/** "Teruggestuurd met advies" is no dead end: the referrer amends the case and submits it for a new round. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResubmissionWebTest {

    private static final String ADVICE = "Zet eerst het ondersteuningsteam van de school in.";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aReturnedReferralIsAmendedAndResubmittedAsANewVooroverlegRoundOnTheSameCase() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        long id = submit(referrer, youth, "utrecht", "Utrecht");
        mvc.perform(decide(login("coordinator-utrecht"), id, "TERUGVERWIJZEN", ADVICE)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("TERUGGESTUURD");

        mvc.perform(get("/casussen/" + id).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/aanmeldingen/" + id + "/opnieuw")));
        mvc.perform(get("/aanmeldingen/" + id + "/opnieuw").session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(ADVICE)))
                .andExpect(content().string(containsString("Gaat niet naar school sinds de zomer.")));

        mvc.perform(resubmit(referrer, id, youth, "utrecht", "Utrecht",
                        Map.of("description", "Het ondersteuningsteam is ingezet, zonder resultaat.")))
                .andExpect(redirectedUrl("/casussen/" + id));

        assertThat(statusOf(id)).isEqualTo("AANGEMELD");
        assertThat(jdbc.sql("select count(*) from case_file where youth_name = ?").param(youth).query(Integer.class)
                .single()).isOne();
        assertThat(jdbc.sql("select triage_round from case_file where id = ?").param(id).query(Integer.class).single())
                .isEqualTo(2);
        assertThat(audits("AANMELDING_OPNIEUW_INGEDIEND", "SUCCESS", id)).isOne();
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(get("/vooroverleg").session(coordinator)).andExpect(content().string(containsString(youth)));
        mvc.perform(decide(coordinator, id, "TOELATEN", "Nu voldoet het.")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("TOEGELATEN");
        mvc.perform(get("/casussen/" + id).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Teruggestuurd met advies")))
                .andExpect(content().string(containsString(ADVICE)))
                .andExpect(content().string(containsString("Aangepast en opnieuw aangemeld")))
                .andExpect(content().string(containsString("Gewijzigd: beschrijving")))
                .andExpect(content().string(containsString("Het ondersteuningsteam is ingezet, zonder resultaat.")))
                .andExpect(content().string(containsString("Ronde")));
    }

    @Test
    void aJointDecisionAfterResubmissionWaitsForBothDecidersAgain() throws Exception {
        MockHttpSession referrer = login("verwijzer-amsterdam");
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        long id = submit(referrer, youth, "amsterdam", "Amsterdam");
        mvc.perform(decide(login("leerplicht-amsterdam"), id, "TOELATEN", "Leerplicht wil toelaten."));
        mvc.perform(decide(login("coordinator-amsterdam"), id, "TERUGVERWIJZEN", ADVICE));
        assertThat(statusOf(id)).isEqualTo("TERUGGESTUURD");

        mvc.perform(resubmit(referrer, id, youth, "amsterdam", "Amsterdam", Map.of("kernvraag", "Welke school nu?")))
                .andExpect(redirectedUrl("/casussen/" + id));
        mvc.perform(decide(login("coordinator-amsterdam"), id, "TOELATEN", "Nu wel."));
        // Leerplicht's admission of the first round does not count in the second
        assertThat(statusOf(id)).isEqualTo("IN_VOOROVERLEG");
        mvc.perform(decide(login("leerplicht-amsterdam"), id, "TOELATEN", "Nog steeds toelaten."));
        assertThat(statusOf(id)).isEqualTo("TOEGELATEN");
        assertThat(jdbc.sql("select round from triage_decision where case_id = ? order by id").param(id)
                .query(Integer.class).list()).containsExactly(1, 1, 2, 2);
    }

    @Test
    void anIncompleteResubmissionKeepsTheFormAndTheCaseAsItWasWithOneDeniedRow() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        long id = submit(referrer, youth, "utrecht", "Utrecht");
        mvc.perform(decide(login("coordinator-utrecht"), id, "TERUGVERWIJZEN", ADVICE));

        mvc.perform(resubmit(referrer, id, youth, "utrecht", "Utrecht", Map.of("kernvraag", "", "description", "Nieuw")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString(ADVICE)))
                .andExpect(content().string(containsString("Nieuw")));

        assertThat(statusOf(id)).isEqualTo("TERUGGESTUURD");
        assertThat(audits("AANMELDING_OPNIEUW_INGEDIEND", "DENIED", id)).isOne();
        assertThat(audits("AANMELDING_OPNIEUW_INGEDIEND", "SUCCESS", id)).isZero();
    }

    @Test
    void onlyTheReferrerResubmitsAndOnlyAReturnedCase() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        long id = submit(referrer, youth, "utrecht", "Utrecht");

        mvc.perform(resubmit(referrer, id, youth, "utrecht", "Utrecht", Map.of())).andExpect(status().isOk())
                .andExpect(content().string(containsString("niet teruggestuurd")));
        mvc.perform(get("/aanmeldingen/" + id + "/opnieuw").session(referrer)).andExpect(redirectedUrl("/casussen/" + id));
        assertThat(statusOf(id)).isEqualTo("AANGEMELD");

        mvc.perform(decide(login("coordinator-utrecht"), id, "TERUGVERWIJZEN", ADVICE));
        mvc.perform(resubmit(login("verwijzer-amsterdam"), id, youth, "utrecht", "Utrecht", Map.of()))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(youth))));
        assertThat(statusOf(id)).isEqualTo("TERUGGESTUURD");
        assertThat(audits("AANMELDING_OPNIEUW_INGEDIEND", "DENIED", id)).isEqualTo(2);
    }

    @Test
    void aNewReferralFromARejectedCasePointsToItAndEachCaseLinksTheOther() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        long earlier = submit(referrer, youth, "utrecht", "Utrecht");
        mvc.perform(decide(login("coordinator-utrecht"), earlier, "AFWIJZEN", "Nu nog geen thuiszitter."));
        assertThat(statusOf(earlier)).isEqualTo("AFGEWEZEN");

        mvc.perform(get("/casussen/" + earlier).session(referrer))
                .andExpect(content().string(containsString("/aanmeldingen/nieuw?eerder=" + earlier)));
        mvc.perform(get("/aanmeldingen/nieuw").param("eerder", String.valueOf(earlier)).session(referrer))
                .andExpect(status().isOk()).andExpect(content().string(containsString("volgt op casus " + earlier)))
                .andExpect(content().string(containsString(youth)));
        MockHttpServletRequestBuilder again = post("/aanmeldingen").session(referrer).with(csrf())
                .param("actie", "indienen").param("earlierCaseId", String.valueOf(earlier));
        ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()).forEach(again::param);
        String location = mvc.perform(again).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long later = Long.parseLong(location.substring("/casussen/".length()));

        assertThat(later).isNotEqualTo(earlier);
        assertThat(jdbc.sql("select earlier_case_id from case_file where id = ?").param(later).query(Long.class)
                .single()).isEqualTo(earlier);
        mvc.perform(get("/casussen/" + later).session(login("coordinator-utrecht")))
                .andExpect(content().string(containsString("Eerdere aanmelding: casus " + earlier)));
        mvc.perform(get("/casussen/" + earlier).session(referrer))
                .andExpect(content().string(containsString("Opnieuw aangemeld als casus " + later)));
    }

    @Test
    void nobodyContinuesACaseTheyCannotSee() throws Exception {
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        long earlier = submit(login("verwijzer-utrecht"), youth, "utrecht", "Utrecht");
        mvc.perform(decide(login("coordinator-utrecht"), earlier, "AFWIJZEN", "Nu nog geen thuiszitter."));
        MockHttpSession outsider = login("verwijzer-amsterdam");

        mvc.perform(get("/aanmeldingen/nieuw").param("eerder", String.valueOf(earlier)).session(outsider))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(youth))));
        String other = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        MockHttpServletRequestBuilder attempt = post("/aanmeldingen").session(outsider).with(csrf())
                .param("actie", "indienen").param("earlierCaseId", String.valueOf(earlier));
        ReferralFormFields.complete(other, "amsterdam", "Amsterdam", LocalDate.now()).forEach(attempt::param);
        mvc.perform(attempt).andExpect(status().isNotFound());

        assertThat(jdbc.sql("select count(*) from case_file where youth_name = ?").param(other).query(Integer.class)
                .single()).isZero();
        assertThat(audits("AANMELDING_INGEDIEND", "DENIED", earlier)).isOne();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    private long submit(MockHttpSession session, String youth, String region, String municipality) throws Exception {
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(session).with(csrf()).param("actie", "indienen");
        ReferralFormFields.complete(youth, region, municipality, LocalDate.now()).forEach(request::param);
        mvc.perform(request).andExpect(status().is3xxRedirection());
        return jdbc.sql("select id from case_file where youth_name = ?").param(youth).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder resubmit(MockHttpSession session, long id, String youth, String region,
            String municipality, Map<String, String> changes) {
        Map<String, String> fields = new LinkedHashMap<>(ReferralFormFields.complete(youth, region, municipality,
                LocalDate.now()));
        fields.put("version", String.valueOf(jdbc.sql("select version from case_file where id = ?").param(id)
                .query(Integer.class).single()));
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post("/aanmeldingen/" + id + "/opnieuw").session(session).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private MockHttpServletRequestBuilder decide(MockHttpSession session, long id, String choice, String reason) {
        return post("/vooroverleg/" + id).session(session).with(csrf()).param("conditionHolds", "true")
                .param("circumstances", "0").param("choice", choice).param("reason", reason);
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
    }

    private int audits(String action, String outcome, long caseId) {
        return jdbc.sql("select count(*) from audit_log where action = ? and outcome = ? and object_id = ?")
                .params(action, outcome, String.valueOf(caseId)).query(Integer.class).single();
    }
}
