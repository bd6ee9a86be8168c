package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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

/**
 * Need-to-know as the domain says it: a chair sees the cases on their own agenda, a coordinator of an intake point the
 * cases of that point and those assigned to them, the region's overall coordinators every case.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NeedToKnowWebTest {

    private static final String GUARDIAN_PHONE = "06-12345678";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    static String uniqueName() {
        return "Kindnodig " + UUID.randomUUID().toString().substring(0, 8);
    }

    long submitted(String youth, String region, String municipality, String sector) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(youth, region, municipality, LocalDate.now()));
        f.put("actie", "indienen");
        f.put("sector", sector);
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-" + region)).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** An extra chair of the region, with password {@code demo}. */
    String anotherChair(String region) {
        String username = "voorzitter-extra-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash) values (?, ?, ?, '{noop}demo')
                returning id""").params(username, "Extra voorzitter", username + "@test.example").query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'VOORZITTER')").param(id).update();
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, ?)").params(id, region).update();
        return username;
    }

    /** The Utrecht coordinator admits the case and puts it on the actietafel {@code days} ahead; returns the meeting. */
    long admittedAndPlanned(MockHttpSession coordinator, long id, int days, String slotStart, String slotEnd)
            throws Exception {
        mvc.perform(post("/vooroverleg/" + id).session(coordinator).with(csrf()).param("conditionHolds", "true")
                .param("choice", "TOELATEN").param("reason", "Voldoet.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/planning/casussen/" + id).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                .param("date", LocalDate.now().plusDays(days).toString()).param("slotStart", slotStart)
                .param("slotEnd", slotEnd))
                .andExpect(status().is3xxRedirection());
        return jdbc.sql("select meeting_id from agenda_item where case_id = ?").param(id).query(Long.class).single();
    }

    void expectHidden(MockHttpSession session, long caseId, String youth) throws Exception {
        mvc.perform(get("/casussen/" + caseId).session(session)).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString(GUARDIAN_PHONE))));
        mvc.perform(get("/casussen").session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(youth))));
        mvc.perform(get("/api/v1/casussen").session(session)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("\"id\":" + caseId + ","))));
    }

    void expectVisible(MockHttpSession session, long caseId, String youth) throws Exception {
        mvc.perform(get("/casussen/" + caseId).session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        mvc.perform(get("/casussen").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        mvc.perform(get("/api/v1/casussen").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("\"id\":" + caseId + ",")));
    }

    @Test
    void aChairDoesNotSeeAReferredCaseThatIsOnNoAgenda() throws Exception {
        String youth = uniqueName();
        long id = submitted(youth, "zuidoost-utrecht", "Zeist", "VO");

        expectHidden(login("voorzitter-zuidoost-utrecht"), id, youth);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_BEKEKEN' and outcome = 'DENIED' "
                + "and actor = 'voorzitter-zuidoost-utrecht' and object_id = ?").param(String.valueOf(id))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aChairSeesTheCasesOnTheAgendaTheyChairUntilAnotherChairTakesOver() throws Exception {
        String youth = uniqueName();
        long id = submitted(youth, "utrecht", "Utrecht", "VO");
        MockHttpSession coordinator = login("coordinator-utrecht");
        long meeting = admittedAndPlanned(coordinator, id, 2, "09:00", "10:00");
        MockHttpSession chair = login("voorzitter-utrecht");
        expectHidden(chair, id, youth);

        chooseChair(coordinator, meeting, userId("voorzitter-utrecht"));
        expectVisible(chair, id, youth);

        String successor = anotherChair("utrecht");
        chooseChair(coordinator, meeting, userId(successor));
        expectHidden(chair, id, youth);
        expectVisible(login(successor), id, youth);
    }

    @Test
    void aCancelledMeetingEndsTheChairsAccessAndMijnTafelsSaysOnlyThatItDoesNotGoAhead() throws Exception {
        String youth = uniqueName();
        long id = submitted(youth, "utrecht", "Utrecht", "VO");
        MockHttpSession coordinator = login("coordinator-utrecht");
        long meeting = admittedAndPlanned(coordinator, id, 3, "11:00", "12:00");
        String chairName = anotherChair("utrecht");
        chooseChair(coordinator, meeting, userId(chairName));
        MockHttpSession chair = login(chairName);
        mvc.perform(get("/verslagen").session(chair)).andExpect(content().string(containsString(youth)));

        mvc.perform(post("/planning/vergaderingen/" + meeting + "/annuleren").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());

        expectHidden(chair, id, youth);
        mvc.perform(get("/verslagen").session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Casus " + id)))
                .andExpect(content().string(not(containsString(youth))));
        assertThat(jdbc.sql("select count(*) from audit_log where actor = ? and action = 'TAFELLIJST_BEKEKEN' and outcome = 'DENIED'")
                .param(chairName).query(Integer.class).single()).isZero();
    }

    private void chooseChair(MockHttpSession coordinator, long meeting, long chairId) throws Exception {
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/voorzitter").session(coordinator).with(csrf())
                .param("chairUserId", String.valueOf(chairId)).param("location", "Wijkcentrum"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void anIntakeCoordinatorSeesAndDecidesOnlyTheCasesOfTheirIntakePoint() throws Exception {
        String youth = uniqueName();
        long id = submitted(youth, "zuidoost-utrecht", "Zeist", "VO");

        MockHttpSession vo = login("coordinator-vo-zuidoost-utrecht");
        expectVisible(vo, id, youth);
        mvc.perform(get("/vooroverleg").session(vo)).andExpect(content().string(containsString(youth)));
        expectVisible(login("coordinator-zuidoost-utrecht"), id, youth);

        MockHttpSession po = login("coordinator-po-zuidoost-utrecht");
        expectHidden(po, id, youth);
        mvc.perform(get("/vooroverleg").session(po)).andExpect(content().string(not(containsString(youth))));
        mvc.perform(get("/overzicht/aangemeld").session(po)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(youth))));
        mvc.perform(get("/overzicht/aangemeld").session(vo)).andExpect(content().string(containsString(youth)));
        mvc.perform(post("/vooroverleg/" + id).session(po).with(csrf()).param("conditionHolds", "true")
                .param("choice", "AFWIJZEN").param("reason", "Niet van ons.")).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single())
                .isEqualTo("AANGEMELD");
        assertThat(jdbc.sql("select recipient from outbox_mail where kind = 'AANMELDING_ONTVANGEN' and link_path = ?")
                .param("/casussen/" + id).query(String.class).list())
                .contains("coordinator-vo-zuidoost-utrecht@demo.doorbraak.example")
                .doesNotContain("coordinator-po-zuidoost-utrecht@demo.doorbraak.example",
                        "coordinator-lokaal-zuidoost-utrecht@demo.doorbraak.example");
    }

    @Test
    void aCoordinatorAssignsACaseToACoordinatorOfAnotherIntakePointWhoThenSeesIt() throws Exception {
        String youth = uniqueName();
        long id = submitted(youth, "zuidoost-utrecht", "Zeist", "VO");
        MockHttpSession po = login("coordinator-po-zuidoost-utrecht");
        mvc.perform(assign(po, id, userId("coordinator-po-zuidoost-utrecht"))).andExpect(status().isNotFound());

        MockHttpSession overall = login("coordinator-zuidoost-utrecht");
        mvc.perform(get("/casussen/" + id).session(overall))
                .andExpect(content().string(containsString("Demo Coördinator Primair onderwijs Zuidoost Utrecht")));
        mvc.perform(assign(overall, id, userId("coordinator-po-zuidoost-utrecht"))).andExpect(status().is3xxRedirection());

        expectVisible(po, id, youth);
        mvc.perform(get("/casussen/" + id).session(po))
                .andExpect(content().string(containsString("Toegewezen aan coördinator")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COORDINATOR_TOEGEWEZEN' and outcome = 'SUCCESS' "
                + "and object_id = ? and details = 'aan=coordinator-po-zuidoost-utrecht'").param(String.valueOf(id))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select body from outbox_mail where kind = 'CASUS_TOEGEWEZEN' and link_path = ?")
                .param("/casussen/" + id).query(String.class).single()).doesNotContain(youth);
    }

    @Test
    void assigningToSomeoneWhoIsNoCoordinatorOfTheRegionIsRefusedAndAudited() throws Exception {
        long id = submitted(uniqueName(), "zuidoost-utrecht", "Zeist", "VO");
        MockHttpSession overall = login("coordinator-zuidoost-utrecht");
        for (String outsider : new String[] {"voorzitter-zuidoost-utrecht", "coordinator-utrecht"}) {
            mvc.perform(assign(overall, id, userId(outsider))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("geen coördinator van de regio")));
        }
        assertThat(jdbc.sql("select assigned_coordinator_id from case_file where id = ?").param(id)
                .query(Long.class).optional()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'COORDINATOR_TOEGEWEZEN' and outcome = 'DENIED' "
                + "and object_id = ?").param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(post("/casussen/" + id + "/coordinator").session(overall).with(csrf()).param("coordinatorId", ""))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kies een coördinator uit de lijst.")));
    }

    @Test
    void anIntakeCoordinatorSeesOnlyTheirIntakePointsItemsOfASharedMeetingAndDoesNotManageIt() throws Exception {
        String poYouth = uniqueName();
        String voYouth = uniqueName();
        long po = submitted(poYouth, "zuidoost-utrecht", "Zeist", "PO");
        long vo = submitted(voYouth, "zuidoost-utrecht", "Zeist", "VO");
        long meeting = sharedMeeting("zuidoost-utrecht", po, vo);
        String voParent = "Ouder " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into agenda_participant (agenda_item_id, name, email, role)
                select id, ?, 'ouder@voorbeeld.example', 'OUDER' from agenda_item where case_id = ?""")
                .params(voParent, vo).update();

        MockHttpSession poCoordinator = login("coordinator-po-zuidoost-utrecht");
        mvc.perform(get("/planning/vergaderingen/" + meeting).session(poCoordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/casussen/" + po)))
                .andExpect(content().string(not(containsString("/casussen/" + vo))))
                .andExpect(content().string(not(containsString(voParent))));
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'coordinator-po-zuidoost-utrecht' "
                + "and outcome = 'SUCCESS' and subject_ref = ?").param("casus:" + vo).query(Integer.class).single())
                .isZero();
        MvcResult refused = mvc.perform(post("/planning/vergaderingen/" + meeting + "/annuleren").session(poCoordinator)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).asString().contains("niet mag zien");
        assertThat(jdbc.sql("select status from meeting where id = ?").param(meeting).query(String.class).single())
                .isEqualTo("PLANNED");

        mvc.perform(get("/planning/vergaderingen/" + meeting).session(login("coordinator-zuidoost-utrecht")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(voParent)))
                .andExpect(content().string(containsString("/casussen/" + po)));
    }

    /** A meeting far ahead with both cases on its agenda, written straight into the tables. */
    private long sharedMeeting(String region, long... caseIds) {
        LocalDate day = LocalDate.now().plusDays(4000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(20000));
        String table = jdbc.sql("select table_code from meeting where region_slug = ? limit 1").param(region)
                .query(String.class).optional().orElse("doorbraaktafel");
        long meeting = jdbc.sql("""
                insert into meeting (region_slug, table_code, starts_at, ends_at, location)
                values (?, ?, ?, ?, 'Bibliotheek') returning id""")
                .params(region, table, day.atTime(13, 0), day.atTime(15, 0)).query(Long.class).single();
        for (long caseId : caseIds) {
            jdbc.sql("""
                    insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                    values (?, ?, '13:00', '14:00', ?, now())""")
                    .params(meeting, caseId, userId("coordinator-zuidoost-utrecht")).update();
        }
        return meeting;
    }

    private static MockHttpServletRequestBuilder assign(MockHttpSession session, long caseId, long coordinatorId) {
        return post("/casussen/" + caseId + "/coordinator").session(session).with(csrf())
                .param("coordinatorId", String.valueOf(coordinatorId));
    }
}
