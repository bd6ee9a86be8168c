package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.DtStart;
import nl.doorbraak.casefile.ReferralFormFields;
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
        Map<String, String> f = new LinkedHashMap<>(
                ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()));
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
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_BEKEKEN' and object_id = ? "
                + "and actor = 'verwijzer-utrecht' and details = ?").params(String.valueOf(id), "vergadering " + meeting)
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theCasePageOffersCoordinatorsToPlanAnAdmittedCase() throws Exception {
        long id = admitted(uniqueName());
        mvc.perform(get("/casussen/" + id).session(login("coordinator-utrecht")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/planning/casussen/" + id)));
        mvc.perform(get("/casussen/" + id).session(login("verwijzer-utrecht")))
                .andExpect(content().string(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("/planning/casussen/" + id))));
    }

    @Test
    void readingTheWaitingCasesForPlanningIsAudited() throws Exception {
        long id = admitted(uniqueName());
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(get("/planning").session(coordinator)).andExpect(status().isOk());
        mvc.perform(get("/planning/casussen/" + id).session(coordinator)).andExpect(status().isOk());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_BEKEKEN' and object_id = ? "
                + "and actor = 'coordinator-utrecht' and details = 'planning'").param(String.valueOf(id))
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUSLIJST_BEKEKEN' "
                + "and actor = 'coordinator-utrecht' and details = 'planning utrecht'").query(Integer.class).single())
                .isPositive();
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

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    long itemOf(long caseId) {
        return jdbc.sql("select id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
    }

    /** An admitted Utrecht case planned on an actietafel in two days, 09:00-10:30; returns the meeting id. */
    long planned(long caseId, MockHttpSession coordinator) throws Exception {
        mvc.perform(plan(coordinator, caseId, LocalDate.now().plusDays(2), "09:00", "10:30"))
                .andExpect(status().is3xxRedirection());
        return meetingOf(caseId);
    }

    /** Access to the case itself comes with the dossier (see DossierFlowWebTest), not with a seat at the table. */
    @Test
    void aParticipantUserSeesTheMeetingButNotYetTheCaseWhileAnOutsiderSeesNeither() throws Exception {
        long id = admitted(uniqueName());
        MockHttpSession coordinator = login("coordinator-utrecht");
        long meeting = planned(id, coordinator);
        MockHttpSession participant = login("deelnemer-utrecht");
        mvc.perform(get("/casussen/" + id).session(participant)).andExpect(status().isNotFound());

        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers").session(coordinator).with(csrf())
                        .param("itemId", String.valueOf(itemOf(id))).param("userId", String.valueOf(userId("deelnemer-utrecht")))
                        .param("role", "KERNPARTNER"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/casussen/" + id).session(participant)).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from case_participant where case_id = ? and user_id = ?")
                .params(id, userId("deelnemer-utrecht")).query(Integer.class).single()).isZero();
        mvc.perform(get("/planning/vergaderingen/" + meeting).session(participant)).andExpect(status().isOk());
        mvc.perform(get("/casussen/" + id).session(login("deelnemer-amsterdam"))).andExpect(status().isNotFound());
        mvc.perform(get("/planning/vergaderingen/" + meeting).session(login("deelnemer-amsterdam")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorRemovesAParticipantAndTheRemovalIsAudited() throws Exception {
        long id = admitted(uniqueName());
        MockHttpSession coordinator = login("coordinator-utrecht");
        long meeting = planned(id, coordinator);
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers").session(coordinator).with(csrf())
                        .param("itemId", String.valueOf(itemOf(id))).param("name", "Schoolmaatschappelijk werk")
                        .param("role", "SPECIALIST"))
                .andExpect(status().is3xxRedirection());
        long seat = jdbc.sql("select id from agenda_participant where agenda_item_id = ? and role = 'SPECIALIST'")
                .param(itemOf(id)).query(Long.class).single();
        String remove = "/planning/vergaderingen/" + meeting + "/deelnemers/" + seat + "/verwijderen";

        mvc.perform(post(remove).session(login("coordinator-amsterdam")).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post(remove).session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select count(*) from agenda_participant where id = ?").param(seat).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'DEELNEMER_VERWIJDERD' and actor = ? and object_id = ?")
                .params("coordinator-utrecht", String.valueOf(meeting)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void theChairCannotAlsoBeAParticipant() throws Exception {
        long id = admitted(uniqueName());
        MockHttpSession coordinator = login("coordinator-utrecht");
        long meeting = planned(id, coordinator);
        long chair = userId("voorzitter-utrecht");
        jdbc.sql("insert into agenda_participant (agenda_item_id, user_id, name, role) values (?, ?, 'Voorzitter', 'SPECIALIST')")
                .params(itemOf(id), chair).update();
        // another test may have given the meeting on this date a chair already
        jdbc.sql("update meeting set chair_user_id = null where id = ?").param(meeting).update();

        MvcResult result = mvc.perform(post("/planning/vergaderingen/" + meeting + "/voorzitter").session(coordinator)
                        .with(csrf()).param("chairUserId", String.valueOf(chair)).param("location", "Bibliotheek"))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(result.getFlashMap().get("flashError")).asString().contains("onafhankelijk");
        assertThat(jdbc.sql("select chair_user_id from meeting where id = ?").param(meeting).query(Long.class).optional())
                .isEmpty();
    }

    @Test
    void invitationsCarryNoYouthNameAndTheIcsFollowsTheMeeting() throws Exception {
        String youth = uniqueName();
        long id = admitted(youth);
        MockHttpSession coordinator = login("coordinator-utrecht");
        LocalDate day = freeDay();
        mvc.perform(plan(coordinator, id, day, "09:00", "10:30")).andExpect(status().is3xxRedirection());
        long meeting = meetingOf(id);
        String page = "/planning/vergaderingen/" + meeting;
        mvc.perform(post(page + "/voorzitter").session(coordinator).with(csrf())
                        .param("chairUserId", String.valueOf(userId("voorzitter-utrecht"))).param("location", "Wijkcentrum De Leeuw"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/deelnemers").session(coordinator).with(csrf()).param("itemId", String.valueOf(itemOf(id)))
                        .param("name", "Ouder van " + youth).param("email", "ouder@test.example").param("role", "OUDER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/uitnodigingen").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());

        List<String> mails = jdbc.sql("select recipient || ' ' || subject || ' ' || body from outbox_mail where link_path = ?")
                .param(page).query(String.class).list();
        assertThat(mails).anyMatch(m -> m.startsWith("ouder@test.example")).anyMatch(m -> m.startsWith("voorzitter-utrecht@"))
                .anyMatch(m -> m.startsWith("verwijzer-utrecht@"));
        assertThat(mails).allMatch(m -> !m.contains(youth) && !m.contains("Welke plek past") && m.contains("Actietafel"));
        List<String> invitationFiles = attachedIcs(page, "UITNODIGING_TAFEL", "method=REQUEST");
        assertThat(invitationFiles).hasSize(3).allMatch(ics -> ics.contains("METHOD:REQUEST") && !ics.contains(youth));
        String inbrengerUid = "agendapunt-" + itemOf(id) + "-deelnemer-" + seat(itemOf(id), "INBRENGER") + "@doorbraak";
        assertThat(invitationFiles).extracting(ics -> event(new CalendarBuilder().build(new StringReader(ics)))
                .getProperty(Property.UID).orElseThrow().getValue()).contains(inbrengerUid)
                .contains("vergadering-" + meeting + "-gebruiker-" + userId("voorzitter-utrecht") + "@doorbraak");

        VEvent event = event(ics(page, login("verwijzer-utrecht"), "text/calendar"));
        assertThat(startTzid(event)).isEqualTo("Europe/Amsterdam");
        assertThat(((ZonedDateTime) event.getStartDate().orElseThrow().getDate()).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(9, 0)));
        assertThat(event.getProperty(Property.UID).orElseThrow().getValue()).isEqualTo(inbrengerUid);
        assertThat(event.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("0");

        mvc.perform(post(page + "/verzetten").session(coordinator).with(csrf()).param("date", day.toString())
                .param("startTime", "13:00").param("endTime", "14:30")).andExpect(status().is3xxRedirection());
        VEvent moved = event(ics(page, coordinator, "text/calendar"));
        assertThat(moved.getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("1");
        assertThat(((ZonedDateTime) moved.getStartDate().orElseThrow().getDate()).toLocalDateTime())
                .isEqualTo(LocalDateTime.of(day, java.time.LocalTime.of(13, 0)));
        assertThat(jdbc.sql("select count(*) from outbox_mail where kind = 'UITNODIGING_GEWIJZIGD' and link_path = ?")
                .param(page).query(Integer.class).single()).isEqualTo(3);

        mvc.perform(post(page + "/annuleren").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        Calendar cancel = new CalendarBuilder().build(new StringReader(
                mvc.perform(get(page + "/uitnodiging.ics").session(coordinator)).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString()));
        assertThat(cancel.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(jdbc.sql("select count(*) from outbox_mail where kind = 'UITNODIGING_GEANNULEERD' and link_path = ?")
                .param(page).query(Integer.class).single()).isEqualTo(3);
        assertThat(attachedIcs(page, "UITNODIGING_GEWIJZIGD", "method=REQUEST"))
                .hasSize(3).allMatch(ics -> ics.contains("SEQUENCE:1") && !ics.contains(youth));
        List<String> cancellations = attachedIcs(page, "UITNODIGING_GEANNULEERD", "method=CANCEL");
        assertThat(cancellations).hasSize(3).allMatch(ics -> ics.contains("METHOD:CANCEL") && !ics.contains(youth));
        assertThat(event(new CalendarBuilder().build(new StringReader(cancellations.get(0))))
                .getProperty(Property.SEQUENCE).orElseThrow().getValue()).isEqualTo("2");
        mvc.perform(get(page + "/uitnodiging.ics").session(login("deelnemer-amsterdam"))).andExpect(status().isNotFound());
    }

    @Test
    void movingTheMeetingMovesItsItemsAndRefusesWhenAnItemWouldLeaveTheDay() throws Exception {
        long id = admitted(uniqueName());
        MockHttpSession coordinator = login("coordinator-utrecht");
        LocalDate day = freeDay();
        mvc.perform(plan(coordinator, id, day, "09:00", "10:30")).andExpect(status().is3xxRedirection());
        String page = "/planning/vergaderingen/" + meetingOf(id);

        mvc.perform(post(page + "/verzetten").session(coordinator).with(csrf()).param("date", day.toString())
                .param("startTime", "11:00").param("endTime", "12:30")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select slot_start::text || '-' || slot_end::text from agenda_item where case_id = ?")
                .param(id).query(String.class).single()).isEqualTo("11:00:00-12:30:00");

        MvcResult refused = mvc.perform(post(page + "/verzetten").session(coordinator).with(csrf())
                .param("date", day.toString()).param("startTime", "23:00").param("endTime", "23:45"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).asString().contains("agendapunten");
        assertThat(jdbc.sql("select starts_at::time::text from meeting where id = ?").param(meetingOf(id))
                .query(String.class).single()).isEqualTo("11:00:00");
    }

    @Test
    void aCaseMovesWithinItsMeetingItsParticipantsGetAnUpdateAndATimeOutsideTheMeetingIsRefused() throws Exception {
        long id = admitted(uniqueName());
        MockHttpSession coordinator = login("coordinator-utrecht");
        LocalDate day = freeDay();
        mvc.perform(plan(coordinator, id, day, "09:00", "10:30")).andExpect(status().is3xxRedirection());
        String page = "/planning/vergaderingen/" + meetingOf(id);
        mvc.perform(post(page + "/uitnodigingen").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        String time = page + "/agendapunten/" + itemOf(id) + "/tijd";

        MvcResult moved = mvc.perform(post(time).session(coordinator).with(csrf()).param("slotStart", "09:15")
                .param("slotEnd", "10:15")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(moved.getFlashMap().get("flashSuccess")).asString().contains("De tijd van de casus is gewijzigd");
        assertThat(slotOf(id)).isEqualTo("09:15:00-10:15:00");
        int invited = mailsOf(page, "UITNODIGING_TAFEL");
        int updated = mailsOf(page, "UITNODIGING_GEWIJZIGD");
        int chairs = jdbc.sql("select count(chair_user_id) from meeting where id = ?").param(meetingOf(id))
                .query(Integer.class).single();
        assertThat(updated).as("the participants of the case, not the chair").isPositive().isEqualTo(invited - chairs);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'AGENDAPUNT_VERZET' and subject_ref = ?")
                .param("casus:" + id).query(Integer.class).single()).isEqualTo(1);

        MvcResult refused = mvc.perform(post(time).session(coordinator).with(csrf()).param("slotStart", "10:00")
                .param("slotEnd", "11:00")).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).asString().contains("buiten de vergadering");
        assertThat(slotOf(id)).isEqualTo("09:15:00-10:15:00");
        mvc.perform(post(time).session(login("coordinator-amsterdam")).with(csrf()).param("slotStart", "09:00")
                .param("slotEnd", "09:30")).andExpect(status().isNotFound());
        assertThat(slotOf(id)).isEqualTo("09:15:00-10:15:00");
    }

    private String slotOf(long caseId) {
        return jdbc.sql("select slot_start::text || '-' || slot_end::text from agenda_item where case_id = ?")
                .param(caseId).query(String.class).single();
    }

    private int mailsOf(String page, String kind) {
        return jdbc.sql("select count(*) from outbox_mail where kind = ? and link_path = ?").params(kind, page)
                .query(Integer.class).single();
    }

    /** A day without any meeting yet, so no other test's cases share the meeting. */
    LocalDate freeDay() {
        while (true) {
            LocalDate day = LocalDate.now().plusDays(3000 + java.util.concurrent.ThreadLocalRandom.current().nextInt(20000));
            if (!jdbc.sql("select exists (select 1 from meeting where starts_at::date = ?)").param(day)
                    .query(Boolean.class).single()) {
                return day;
            }
        }
    }

    long seat(long item, String role) {
        return jdbc.sql("select id from agenda_participant where agenda_item_id = ? and role = ?").params(item, role)
                .query(Long.class).single();
    }

    /** The .ics attached to the meeting's mails of one kind; every one is named uitnodiging.ics with that method. */
    List<String> attachedIcs(String page, String kind, String method) {
        List<Map<String, Object>> rows = jdbc.sql("""
                select attachment_filename, attachment_content_type, attachment_content from outbox_mail
                where kind = ? and link_path = ? order by id
                """).param(kind).param(page).query().listOfRows();
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("attachment_filename")).isEqualTo("uitnodiging.ics");
            assertThat((String) row.get("attachment_content_type")).startsWith("text/calendar").contains(method);
        });
        return rows.stream().map(row -> (String) row.get("attachment_content")).toList();
    }

    Calendar ics(String page, MockHttpSession session, String type) throws Exception {
        MvcResult result = mvc.perform(get(page + "/uitnodiging.ics").session(session)).andExpect(status().isOk()).andReturn();
        assertThat(result.getResponse().getContentType()).startsWith(type);
        return new CalendarBuilder().build(new StringReader(result.getResponse().getContentAsString()));
    }

    static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static String startTzid(VEvent event) {
        DtStart<?> start = event.getStartDate().orElseThrow();
        return start.<TzId>getParameter(Parameter.TZID).map(TzId::getValue).orElseThrow();
    }
}
