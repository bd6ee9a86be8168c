package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanningFlowWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /** A fresh Utrecht referral, submitted by verwijzer-utrecht; returns its id. */
    long submitted(String youth) throws Exception {
        LocalDate today = LocalDate.now();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("regionSlug", "utrecht");
        f.put("youthName", youth);
        f.put("youthBirthDate", today.minusYears(14).toString());
        f.put("municipality", "Utrecht");
        f.put("schoolType", "VO");
        f.put("enrolled", "true");
        f.put("startkwalificatie", "false");
        f.put("guardian1Name", "Ouder van " + youth);
        f.put("guardian1Contact", "06-12345678");
        f.put("trigger", "THUISZITTER");
        f.put("outOfSchoolSince", today.minusMonths(4).toString());
        f.put("description", "Gaat niet naar school sinds de zomer.");
        f.put("kernvraag", "Welke plek past?");
        f.put("referrerName", "Verwijzer");
        f.put("referrerContact", "verwijzer@test.example");
        f.put("sector", "VO");
        f.put("legalBasis", "WETTELIJKE_TAAK");
        f.put("consentByGuardian", "true");
        f.put("consentByYouth", "true");
        f.put("consentDate", today.minusDays(1).toString());
        f.put("consentMethod", "SCHRIFTELIJK");
        f.put("consentForReferral", "true");
        f.put("consentForSharing", "true");
        f.put("version", "0");
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-utrecht")).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    long admitted(String youth) throws Exception {
        long id = submitted(youth);
        mvc.perform(post("/vooroverleg/" + id).session(login("coordinator-utrecht")).with(csrf())
                        .param("conditionHolds", "true").param("choice", "TOELATEN").param("reason", "Voldoet."))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("TOEGELATEN");
        return id;
    }

    MockHttpServletRequestBuilder plan(MockHttpSession session, long caseId, LocalDate date, String from, String to) {
        return post("/planning/casussen/" + caseId).session(session).with(csrf()).param("tableCode", "actietafel")
                .param("date", date.toString()).param("slotStart", from).param("slotEnd", to);
    }

    String statusOf(long id) {
        return jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
    }

    long meetingOf(long caseId) {
        return jdbc.sql("select meeting_id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
    }

    static String uniqueName() {
        return "Plankind " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void coordinatorPlansAnAdmittedUtrechtCaseOntoAnActietafel() throws Exception {
        String youth = uniqueName();
        long id = admitted(youth);
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(get("/planning").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        mvc.perform(get("/planning/casussen/" + id).session(coordinator)).andExpect(status().isOk());

        String location = mvc.perform(plan(coordinator, id, LocalDate.now().plusDays(2), "09:00", "10:30"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        long meeting = meetingOf(id);
        assertThat(location).isEqualTo("/planning/vergaderingen/" + meeting);
        assertThat(statusOf(id)).isEqualTo("GEPLAND");
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'GEPLAND'").param(id)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_GEPLAND' and outcome = 'SUCCESS' and object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("""
                select p.role from agenda_participant p join agenda_item i on i.id = p.agenda_item_id
                join app_user u on u.id = p.user_id where i.case_id = ? and u.username = 'verwijzer-utrecht'""")
                .param(id).query(String.class).single()).isEqualTo("INBRENGER");
        mvc.perform(get(location).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Casus " + id)));
        mvc.perform(get(location).session(login("verwijzer-utrecht"))).andExpect(status().isOk());
        mvc.perform(get(location).session(login("coordinator-amsterdam"))).andExpect(status().isNotFound());
    }

    @Test
    void aCaseThatIsNotAdmittedIsRefused() throws Exception {
        long id = submitted(uniqueName());
        mvc.perform(plan(login("coordinator-utrecht"), id, LocalDate.now().plusDays(1), "09:00", "10:00"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("AANGEMELD");
        assertThat(jdbc.sql("select count(*) from agenda_item where case_id = ?").param(id).query(Integer.class).single())
                .isZero();
    }

    @Test
    void utrechtWarnsWhenTheActietafelIsLaterThanFiveDaysButStillPlans() throws Exception {
        long id = admitted(uniqueName());
        MvcResult result = mvc.perform(plan(login("coordinator-utrecht"), id, LocalDate.now().plusDays(9), "13:00", "14:00"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("warnings")).asString().contains("PROMISE_BROKEN");
        assertThat(statusOf(id)).isEqualTo("GEPLAND");
    }
}
