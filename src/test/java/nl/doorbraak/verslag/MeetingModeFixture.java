package nl.doorbraak.verslag;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.casefile.ReferralFormFields;
import nl.doorbraak.dossier.DossierSending;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A Utrecht case through the web as the people do it: referred, admitted, planned on an actietafel with
 * deelnemer-utrecht and an external parent as participants, and voorzitter-utrecht as chair.
 */
public record MeetingModeFixture(MockMvc mvc, JdbcClient jdbc) {

    /** The planned case: its id, agenda item and the participant ids of the deelnemer and the parent. */
    public record Planned(String youth, long caseId, long meetingId, long itemId, long deelnemer, long parent) {
    }

    public MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public Planned planned() throws Exception {
        String youth = "Verslagkind " + UUID.randomUUID().toString().substring(0, 8);
        long caseId = submitted(youth);
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post("/vooroverleg/" + caseId).session(coordinator).with(csrf())
                .param("conditionHolds", "true").param("choice", "TOELATEN").param("reason", "Voldoet."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/planning/casussen/" + caseId).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                .param("date", LocalDate.now().plusDays(3).toString()).param("slotStart", "09:00").param("slotEnd", "10:00"))
                .andExpect(status().is3xxRedirection());
        long item = jdbc.sql("select id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
        long meeting = jdbc.sql("select meeting_id from agenda_item where id = ?").param(item).query(Long.class).single();
        addParticipant(coordinator, meeting, item, "userId", String.valueOf(userId("deelnemer-utrecht")), "KERNPARTNER");
        addParticipant(coordinator, meeting, item, "name", "Ouder van " + youth, "OUDER");
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/voorzitter").session(coordinator).with(csrf())
                .param("chairUserId", String.valueOf(userId("voorzitter-utrecht"))).param("location", "Wijkcentrum"))
                .andExpect(status().is3xxRedirection());
        DossierSending.send(mvc, login("verwijzer-utrecht"), caseId);
        return new Planned(youth, caseId, meeting, item, participant(item, "KERNPARTNER"), participant(item, "OUDER"));
    }

    /** The item's meeting took place (it moves to the past), so its verslag may be finalised. */
    public void meetingHeld(long item) {
        VerslagFixtures.meetingHeld(jdbc, item);
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private long submitted(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(
                ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-utrecht")).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    private void addParticipant(MockHttpSession coordinator, long meeting, long item, String field, String value,
            String role) throws Exception {
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers").session(coordinator).with(csrf())
                .param("itemId", String.valueOf(item)).param(field, value).param("role", role))
                .andExpect(status().is3xxRedirection());
    }

    private long participant(long item, String role) {
        return jdbc.sql("select id from agenda_participant where agenda_item_id = ? and role = ?").params(item, role)
                .query(Long.class).single();
    }
}
