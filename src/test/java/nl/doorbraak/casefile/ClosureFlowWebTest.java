package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** From a table to a passend aanbod and back: the closing form, its rules, who may, the mail and the durations. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ClosureFlowWebTest {

    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired CaseParticipation participation;
    @Autowired UserDirectory users;
    @Autowired UserDetailsService userDetails;

    MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    long submitted(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-utrecht")).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    /** A Utrecht case through triage and planning, with one table held {@code tableDaysAgo} days ago. */
    long afterTable(String youth, int tableDaysAgo) throws Exception {
        long id = submitted(youth);
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post("/vooroverleg/" + id).session(coordinator).with(csrf()).param("conditionHolds", "true")
                .param("choice", "TOELATEN").param("reason", "Voldoet.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/planning/casussen/" + id).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                .param("date", LocalDate.now().plusDays(2).toString()).param("slotStart", "09:00").param("slotEnd", "10:00"))
                .andExpect(status().is3xxRedirection());
        CurrentUser chair = users.asCurrentUser("voorzitter-utrecht").orElseThrow();
        participation.recordVerslagFinalised(chair, id, today().minusDays(tableDaysAgo));
        assertThat(statusOf(id)).isEqualTo("IN_UITVOERING");
        return id;
    }

    static LocalDate today() {
        return LocalDate.now(AMSTERDAM);
    }

    String statusOf(long id) {
        return jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
    }

    static String uniqueName() {
        return "Afsluitkind " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder close(long id, MockHttpSession session, String... fields) {
        MockHttpServletRequestBuilder request = post("/casussen/" + id + "/afsluiten").session(session).with(csrf())
                .param("confirmed", "true");
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void coordinatorClosesWithPassendAanbodAfterFixingErrorsAndTheCasePageShowsTheDurations() throws Exception {
        String youth = uniqueName();
        long id = afterTable(youth, 31);
        // out of school 72 days ago, referred 40 days ago, first table 31 days ago, aanbod starts in 5 days
        jdbc.sql("update case_file set out_of_school_since = ?, submitted_at = ? where id = ?")
                .params(today().minusDays(72), today().minusDays(40).atTime(12, 0).atZone(AMSTERDAM).toOffsetDateTime(), id)
                .update();
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(get("/casussen/" + id + "/afsluiten").session(coordinator)).andExpect(status().isOk());

        mvc.perform(close(id, coordinator, "kind", "PASSEND_AANBOD", "offerType", "SO_VSO", "place", "De Brug", "startsOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Vul de begindatum in."), containsString("value=\"De Brug\""))));
        mvc.perform(close(id, coordinator, "kind", "PASSEND_AANBOD", "offerType", "SO_VSO", "place", "De Brug",
                        "startsOn", today().minusDays(80).toString()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("thuis kwam te zitten")));
        assertThat(statusOf(id)).isEqualTo("IN_UITVOERING");

        mvc.perform(close(id, coordinator, "kind", "PASSEND_AANBOD", "offerType", "SO_VSO", "place", "De Brug",
                        "startsOn", today().plusDays(5).toString()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/casussen/" + id));

        assertThat(statusOf(id)).isEqualTo("AFGESLOTEN");
        assertThat(jdbc.sql("select kind || ' ' || offer_type || ' ' || closed_from from case_outcome where case_id = ?")
                .param(id).query(String.class).single()).isEqualTo("PASSEND_AANBOD SO_VSO IN_UITVOERING");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_AFGESLOTEN' and outcome = 'SUCCESS' "
                + "and object_id = ?").param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
        List<String> mails = jdbc.sql("select recipient || ' ' || subject || ' ' || body from outbox_mail "
                + "where kind = 'CASUS_AFGESLOTEN' and link_path = ?").param("/casussen/" + id).query(String.class).list();
        assertThat(mails).anyMatch(m -> m.startsWith("verwijzer-utrecht@")).anyMatch(m -> m.startsWith("coordinator-utrecht@"))
                .allMatch(m -> !m.contains(youth) && !m.contains("De Brug"));

        mvc.perform(get("/api/v1/casussen/" + id).with(user(userDetails.loadUserByUsername("coordinator-utrecht"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.uitkomst.soort").value("PASSEND_AANBOD"))
                .andExpect(jsonPath("$.uitkomst.aanbod").value("SO_VSO"))
                .andExpect(jsonPath("$.doorlooptijden.dagenNietNaarSchool").value(77))
                .andExpect(jsonPath("$.doorlooptijden.dagenAanmeldingTotEersteTafel").value(9))
                .andExpect(jsonPath("$.doorlooptijden.aantalTafels").value(1));
        mvc.perform(get("/casussen/" + id).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("11 weken (77 dagen)"), containsString("1 week (9 dagen)"),
                        containsString("5 weken (36 dagen)"), containsString("Speciaal onderwijs (SO of VSO)"),
                        containsString("Afgesloten met passend aanbod"))));
    }

    @Test
    void onlyTheRegionsCoordinatorReopensWithAReasonBackToTheStatusItWasClosedFrom() throws Exception {
        long id = afterTable(uniqueName(), 3);
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(close(id, coordinator, "kind", "ANDERE_REDEN", "reason", "ANDERS", "explanation", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Leg uit waarom de casus stopt.")));
        mvc.perform(close(id, coordinator, "kind", "ANDERE_REDEN", "reason", "VERHUISD"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("AFGESLOTEN");

        mvc.perform(post("/casussen/" + id + "/heropenen").session(login("coordinator-amsterdam")).with(csrf())
                .param("reason", "Toch niet.")).andExpect(status().isNotFound());
        mvc.perform(get("/casussen/" + id + "/afsluiten").session(login("coordinator-amsterdam")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/casussen/" + id + "/heropenen").session(login("verwijzer-utrecht")).with(csrf())
                .param("reason", "Toch niet.")).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("AFGESLOTEN");
        mvc.perform(post("/casussen/" + id + "/heropenen").session(coordinator).with(csrf()).param("reason", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Geef een reden.")));

        mvc.perform(post("/casussen/" + id + "/heropenen").session(coordinator).with(csrf())
                .param("reason", "Het gezin verhuist toch niet.")).andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("IN_UITVOERING");
        assertThat(jdbc.sql("select reopen_reason from case_outcome where case_id = ?").param(id).query(String.class)
                .single()).isEqualTo("Het gezin verhuist toch niet.");
        assertThat(jdbc.sql("select type from case_event where case_id = ? order by id desc limit 2").param(id)
                .query(String.class).list()).containsExactly("HEROPEND", "AFGESLOTEN_ZONDER_AANBOD");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_HEROPEND' and object_id = ? and outcome = 'DENIED'")
                .param(String.valueOf(id)).query(Integer.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theRegiehouderClosesWhileTheReferrerMayNot() throws Exception {
        long id = afterTable(uniqueName(), 2);
        mvc.perform(get("/casussen/" + id + "/afsluiten").session(login("verwijzer-utrecht")))
                .andExpect(status().isForbidden());
        mvc.perform(close(id, login("verwijzer-utrecht"), "kind", "ANDERE_REDEN", "reason", "VERHUISD"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("IN_UITVOERING");

        long deelnemer = jdbc.sql("select id from app_user where username = 'deelnemer-utrecht'").query(Long.class).single();
        participation.assignRegiehouder(id, deelnemer);
        MockHttpSession regiehouder = login("deelnemer-utrecht");
        mvc.perform(get("/casussen/" + id).session(regiehouder)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/casussen/" + id + "/afsluiten")));
        mvc.perform(close(id, regiehouder, "kind", "ANDERE_REDEN", "reason", "ACHTTIEN_GEWORDEN"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("AFGESLOTEN");
        mvc.perform(post("/casussen/" + id + "/heropenen").session(regiehouder).with(csrf()).param("reason", "Nee"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("AFGESLOTEN");
    }

    @Test
    void aCaseWithoutTableCannotCloseWithAPassendAanbod() throws Exception {
        long id = submitted(uniqueName());
        MvcResult result = mvc.perform(close(id, login("coordinator-utrecht"), "kind", "PASSEND_AANBOD", "offerType",
                        "EIGEN_SCHOOL", "place", "Eigen school", "startsOn", today().toString()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getFlashMap().get("flashError")).asString().contains("gepland");
        assertThat(statusOf(id)).isEqualTo("AANGEMELD");
        assertThat(closingAttempts(id, "coordinator-utrecht")).singleElement().asString()
                .startsWith("DENIED geweigerd: ").contains("gepland");
    }

    @Test
    void theReferrersClosingAttemptLeavesOneDeniedRowWithTheReason() throws Exception {
        long id = afterTable(uniqueName(), 10);
        mvc.perform(close(id, login("verwijzer-utrecht"), "kind", "ANDERE_REDEN", "reason", "VERHUISD"))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("IN_UITVOERING");
        assertThat(closingAttempts(id, "verwijzer-utrecht")).singleElement().asString()
                .startsWith("DENIED geweigerd: ");
    }

    private java.util.List<String> closingAttempts(long id, String actor) {
        return jdbc.sql("select outcome || ' ' || coalesce(details, '') from audit_log where action = 'CASUS_AFGESLOTEN' "
                + "and actor = ? and object_id = ?").params(actor, String.valueOf(id)).query(String.class).list();
    }
}
