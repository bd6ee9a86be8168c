package nl.doorbraak.verslag;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.doorbraak.casefile.ReferralFormFields;
import nl.doorbraak.dossier.DossierSending;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A Utrecht case planned on an actietafel through the real pages (referral, admission, planning, chair
 * voorzitter-utrecht, participants deelnemer-utrecht and an external parent), and a verslag draft written straight
 * into the V13 tables as the meeting mode would.
 */
public record VerslagFixtures(MockMvc mvc, JdbcClient jdbc) {

    public static final String AGREEMENT = "Plant een intakegesprek op de nieuwe school.";
    public static final String ANSWER = "Ja, het doel is voor iedereen duidelijk.";

    public MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    public static String uniqueYouth() {
        return "Verslagkind " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The agenda item of a fresh, planned Utrecht case about {@code youth}. */
    public long plannedItem(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder referral = post("/aanmeldingen").session(login("verwijzer-utrecht")).with(csrf());
        f.forEach(referral::param);
        String location = mvc.perform(referral).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long caseId = Long.parseLong(location.substring("/casussen/".length()));
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post("/vooroverleg/" + caseId).session(coordinator).with(csrf()).param("conditionHolds", "true")
                .param("choice", "TOELATEN").param("reason", "Voldoet.")).andExpect(status().is3xxRedirection());
        LocalDate day = LocalDate.now().plusDays(20 + ThreadLocalRandom.current().nextInt(300));
        mvc.perform(post("/planning/casussen/" + caseId).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                .param("date", day.toString()).param("slotStart", "09:00").param("slotEnd", "10:00"))
                .andExpect(status().is3xxRedirection());
        long item = jdbc.sql("select id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
        long meeting = jdbc.sql("select meeting_id from agenda_item where id = ?").param(item).query(Long.class).single();
        String page = "/planning/vergaderingen/" + meeting;
        mvc.perform(post(page + "/voorzitter").session(coordinator).with(csrf())
                .param("chairUserId", String.valueOf(userId("voorzitter-utrecht"))).param("location", "Wijkcentrum"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/deelnemers").session(coordinator).with(csrf()).param("itemId", String.valueOf(item))
                .param("userId", String.valueOf(userId("deelnemer-utrecht"))).param("role", "KERNPARTNER"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/deelnemers").session(coordinator).with(csrf()).param("itemId", String.valueOf(item))
                .param("name", "Ouder van " + youth).param("email", "ouder@test.example").param("role", "OUDER"))
                .andExpect(status().is3xxRedirection());
        DossierSending.send(mvc, login("verwijzer-utrecht"), caseId);
        return item;
    }

    /**
     * A complete draft of a meeting that took place (see {@link #meetingHeld}): everyone present, one agreement,
     * regie with deelnemer-utrecht, the pupil "niet aanwezig".
     */
    public long completeDraft(long item) {
        meetingHeld(jdbc, item);
        return completeDraftBeforeTheMeeting(item);
    }

    /** The same complete draft while the meeting is still ahead. */
    public long completeDraftBeforeTheMeeting(long item) {
        long caseId = caseOf(item);
        long regie = participant(item, "KERNPARTNER");
        long contact = participant(item, "INBRENGER");
        long verslag = jdbc.sql("""
                insert into verslag (agenda_item_id, case_id, sections, regiehouder_id, fixed_contact_id,
                    monitoring_frequency, monitoring_channel, monitoring_by_id, next_meeting_on)
                values (?, ?, ?::jsonb, ?, ?, 'WEKELIJKS', 'Per mail aan alle deelnemers', ?, ?) returning id""")
                .params(item, caseId, "{\"samenvatting\": \"Zit sinds maart thuis.\\nWil graag weer naar school.\", "
                        + "\"zorg\": \"Ambulante begeleiding thuis.\"}", regie, contact, regie, LocalDate.now().plusWeeks(8))
                .query(Long.class).single();
        for (long p : participants(item)) {
            jdbc.sql("insert into verslag_attendance (verslag_id, participant_id, present) values (?, ?, true)")
                    .params(verslag, p).update();
        }
        jdbc.sql("insert into verslag_next_participant (verslag_id, participant_id) values (?, ?)").params(verslag, regie).update();
        jdbc.sql("""
                insert into verslag_agreement (verslag_id, case_id, what, owner_id, owner_user_id, due_on, how, result, created_at)
                values (?, ?, ?, ?, ?, ?, 'Telefonisch', 'De intake staat gepland.', ?)""")
                .params(verslag, caseId, AGREEMENT, regie, userId("deelnemer-utrecht"), LocalDate.now().plusWeeks(2),
                        OffsetDateTime.now()).update();
        jdbc.sql("insert into verslag_scenario (verslag_id, if_this, then_that, owner_id) values (?, 'De intake gaat niet door.', 'Nieuw overleg binnen vijf dagen.', ?)")
                .params(verslag, regie).update();
        List<String> questions = utrechtChecklist();
        for (int i = 0; i < questions.size(); i++) {
            jdbc.sql("insert into verslag_checklist_answer (verslag_id, position, question, answer, not_present) values (?, ?, ?, ?, ?)")
                    .params(verslag, i, questions.get(i), i == 0 ? null : ANSWER, i == 0).update();
        }
        return verslag;
    }

    /**
     * The plan form only takes future dates, and a verslag is finalised only once the meeting began: the item's
     * meeting moves to a day more than a year ago, one per meeting (by its id), so no two moved meetings share a day.
     */
    public static void meetingHeld(JdbcClient jdbc, long item) {
        jdbc.sql("""
                update meeting set starts_at = (current_date - (400 + id)::int) + starts_at::time,
                                   ends_at = (current_date - (400 + id)::int) + ends_at::time
                where id = (select meeting_id from agenda_item where id = ?) and starts_at > current_date - 300""")
                .param(item).update();
    }

    /** The item's meeting moves to {@code day}, at the same time of day. */
    public static void meetingOn(JdbcClient jdbc, long item, LocalDate day) {
        jdbc.sql("""
                update meeting set starts_at = ? + starts_at::time, ends_at = ? + ends_at::time
                where id = (select meeting_id from agenda_item where id = ?)""").params(day, day, item).update();
    }

    public static List<String> utrechtChecklist() {
        return List.of("Heeft de leerling alles kunnen vertellen?", "Heeft de ouder / verzorger alles kunnen vertellen?",
                "Is het doel duidelijk en is er overeenstemming over het doel?", "Wie is de regiehouder?",
                "Wat wordt er verwacht van de regiehouder?", "Is het plan duidelijk?", "Wat zijn de afspraken?",
                "Wie doet wat, wanneer en waarom?", "Wanneer is de volgende afspraak en wie zijn erbij?",
                "Zijn er nog vragen of onduidelijkheden?", "Hoe heeft iedereen het gesprek ervaren?",
                "Hoe leggen we afspraken vast en hoe wordt informatie gedeeld?");
    }

    public long caseOf(long item) {
        return jdbc.sql("select case_id from agenda_item where id = ?").param(item).query(Long.class).single();
    }

    public long participant(long item, String role) {
        return jdbc.sql("select id from agenda_participant where agenda_item_id = ? and role = ? order by id limit 1")
                .params(item, role).query(Long.class).single();
    }

    List<Long> participants(long item) {
        return jdbc.sql("select id from agenda_participant where agenda_item_id = ?").param(item).query(Long.class).list();
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }
}
