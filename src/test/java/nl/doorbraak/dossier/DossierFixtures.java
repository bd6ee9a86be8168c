package nl.doorbraak.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.casefile.ReferralFormFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Utrecht cases through the real pages: referred, admitted, planned, with participants; for the dossier tests. */
record DossierFixtures(MockMvc mvc, JdbcClient jdbc) {

    MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    static String uniqueName() {
        return "Dossierkind " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A referral by verwijzer-utrecht, admitted by coordinator-utrecht; returns its id. */
    long admitted(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(
                ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-utrecht")).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/casussen/".length()));
        mvc.perform(post("/vooroverleg/" + id).session(login("coordinator-utrecht")).with(csrf())
                        .param("conditionHolds", "true").param("choice", "TOELATEN").param("reason", "Voldoet."))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("TOEGELATEN");
        return id;
    }

    /** On an actietafel in two days, 09:00-10:30; returns the meeting id. */
    long planned(long caseId) throws Exception {
        mvc.perform(post("/planning/casussen/" + caseId).session(login("coordinator-utrecht")).with(csrf())
                        .param("tableCode", "actietafel").param("date", LocalDate.now().plusDays(2).toString())
                        .param("slotStart", "09:00").param("slotEnd", "10:30"))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select meeting_id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
    }

    void addUser(long meeting, long caseId, String username) throws Exception {
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers").session(login("coordinator-utrecht"))
                        .with(csrf()).param("itemId", String.valueOf(itemOf(caseId)))
                        .param("userId", String.valueOf(userId(username))).param("role", "KERNPARTNER"))
                .andExpect(status().is3xxRedirection());
    }

    void addParent(long meeting, long caseId) throws Exception {
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers").session(login("coordinator-utrecht"))
                        .with(csrf()).param("itemId", String.valueOf(itemOf(caseId))).param("name", "Ouder")
                        .param("email", "ouder@test.example").param("role", "OUDER"))
                .andExpect(status().is3xxRedirection());
    }

    MockHttpServletRequestBuilder save(MockHttpSession session, long caseId, int version, String homeSituation,
            String history) {
        return post("/casussen/" + caseId + "/dossier").session(session).with(csrf())
                .param("version", String.valueOf(version)).param("homeSituation", homeSituation)
                .param("history", history).param("positiveForces", "Wil graag iets met techniek.");
    }

    MvcResult send(MockHttpSession session, long caseId) throws Exception {
        return mvc.perform(post("/casussen/" + caseId + "/dossier/versturen").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
    }

    String statusOf(long id) {
        return jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    long itemOf(long caseId) {
        return jdbc.sql("select id from agenda_item where case_id = ? order by id limit 1").param(caseId)
                .query(Long.class).single();
    }

    int count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Integer.class).single();
    }
}
