package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.DtEnd;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Two families' cases on one meeting: each person sees and gets only their own agenda item, and their own .ics with
 * the organiser and themselves at the time of their item (finding 2 of the security test); the download is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingPrivacyWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    /** Case A 13:00-14:00 and case B 14:00-15:00 on one 13:00-15:00 actietafel, each with its own parent. */
    record TwoCases(long meeting, String page, long caseA, long itemA, String youthA, String parentA, long caseB,
            long itemB, String youthB, String parentB) {
    }

    @Test
    void aParentsInvitationHoldsOnlyThemAndTheOrganiserAtTheTimeOfTheirOwnItem() throws Exception {
        TwoCases t = twoCases();
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post(t.page() + "/uitnodigingen").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());

        List<String> invitations = attachedIcs(t.page(), "UITNODIGING_TAFEL");
        assertThat(invitations).allSatisfy(ics -> assertThat(attendees(event(ics))).hasSize(1))
                .allSatisfy(ics -> assertThat(ics).doesNotContain(t.youthA()).doesNotContain(t.youthB()));
        VEvent parentB = event(icsTo(t.page(), "UITNODIGING_TAFEL", t.parentB()));
        assertThat(attendees(parentB)).containsExactly("mailto:" + t.parentB());
        // an external is named by role: the typed-in name is "Ouder van <youth>"
        assertThat(attendeeNames(parentB)).containsExactly("Ouder of verzorger");
        assertThat(parentB.getProperties(Property.ORGANIZER)).hasSize(1);
        LocalDate day = dayOf(t.meeting());
        assertThat(start(parentB)).isEqualTo(day.atTime(14, 0));
        assertThat(end(parentB)).isEqualTo(day.atTime(15, 0));
        assertThat(parentB.getStartDate().orElseThrow().<TzId>getParameter(Parameter.TZID).orElseThrow().getValue())
                .isEqualTo("Europe/Amsterdam");
        assertThat(icsTo(t.page(), "UITNODIGING_TAFEL", t.parentB())).doesNotContain(t.parentA());
        VEvent chair = event(icsTo(t.page(), "UITNODIGING_TAFEL", "voorzitter-utrecht@demo.doorbraak.example"));
        assertThat(start(chair)).isEqualTo(day.atTime(13, 0));
        assertThat(end(chair)).isEqualTo(day.atTime(15, 0));
        assertThat(mailBodyTo(t.page(), t.parentB())).contains("van 14:00 tot 15:00");
    }

    @Test
    void updatesAndCancellationsReachEachPersonUnderTheUidOfTheirOwnInvitation() throws Exception {
        TwoCases t = twoCases();
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post(t.page() + "/uitnodigingen").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        VEvent first = event(icsTo(t.page(), "UITNODIGING_TAFEL", t.parentB()));
        String uid = value(first, Property.UID);
        assertThat(uid).isEqualTo("agendapunt-" + t.itemB() + "-deelnemer-" + seat(t.itemB(), "OUDER") + "@doorbraak");
        int sequence = Integer.parseInt(value(first, Property.SEQUENCE));

        LocalDate day = dayOf(t.meeting());
        mvc.perform(post(t.page() + "/verzetten").session(coordinator).with(csrf()).param("date", day.toString())
                .param("startTime", "13:30").param("endTime", "15:30")).andExpect(status().is3xxRedirection());
        VEvent moved = event(icsTo(t.page(), "UITNODIGING_GEWIJZIGD", t.parentB()));
        assertThat(value(moved, Property.UID)).isEqualTo(uid);
        assertThat(value(moved, Property.SEQUENCE)).isEqualTo(String.valueOf(sequence + 1));
        assertThat(start(moved)).isEqualTo(day.atTime(14, 30));
        assertThat(end(moved)).isEqualTo(day.atTime(15, 30));

        mvc.perform(post(t.page() + "/deelnemers/" + seat(t.itemB(), "OUDER") + "/verwijderen").session(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection());
        Calendar withdrawn = parse(icsTo(t.page(), "UITNODIGING_INGETROKKEN", t.parentB()));
        assertThat(withdrawn.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("CANCEL");
        assertThat(value(event(withdrawn), Property.UID)).isEqualTo(uid);
        assertThat(Integer.parseInt(value(event(withdrawn), Property.SEQUENCE))).isGreaterThan(sequence + 1);
        assertThat(jdbc.sql("select count(*) from outbox_mail where kind = 'UITNODIGING_INGETROKKEN' and link_path = ?")
                .param(t.page()).query(Integer.class).single()).isEqualTo(1);

        String uidA = value(event(icsTo(t.page(), "UITNODIGING_GEWIJZIGD", t.parentA())), Property.UID);
        mvc.perform(post(t.page() + "/annuleren").session(coordinator).with(csrf())).andExpect(status().is3xxRedirection());
        VEvent cancelled = event(icsTo(t.page(), "UITNODIGING_GEANNULEERD", t.parentA()));
        assertThat(value(cancelled, Property.UID)).isEqualTo(uidA);
        assertThat(Integer.parseInt(value(cancelled, Property.SEQUENCE)))
                .isGreaterThan(Integer.parseInt(value(event(withdrawn), Property.SEQUENCE)));
        assertThat(jdbc.sql("select count(*) from outbox_mail where kind = 'UITNODIGING_GEANNULEERD' and recipient = ?")
                .param(t.parentB()).query(Integer.class).single()).isZero();
    }

    @Test
    void aParticipantOfOneItemSeesNobodyOfTheOtherItemAndReadsNothingOfItsCase() throws Exception {
        TwoCases t = twoCases();
        addUser(t, t.itemA(), "deelnemer-utrecht");
        MockHttpSession participant = login("deelnemer-utrecht");

        mvc.perform(get(t.page()).session(participant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Casus " + t.caseA())))
                .andExpect(content().string(not(containsString("Casus " + t.caseB()))))
                .andExpect(content().string(not(containsString("casussen/" + t.caseB()))))
                .andExpect(content().string(not(containsString("Ouder van " + t.youthB()))))
                .andExpect(content().string(not(containsString(t.parentB()))));

        assertThat(reads("deelnemer-utrecht", t.caseB(), "SUCCESS")).isZero();
        assertThat(reads("deelnemer-utrecht", t.caseA(), "SUCCESS")).isPositive();
        mvc.perform(get(t.page() + "/agendapunten/" + t.itemB() + "/uitnodiging.ics").session(participant))
                .andExpect(status().isNotFound());
    }

    @Test
    void theChairAndTheCoordinatorsSeeTheWholeAgenda() throws Exception {
        TwoCases t = twoCases();
        for (String user : List.of("coordinator-utrecht", "voorzitter-utrecht")) {
            mvc.perform(get(t.page()).session(login(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Ouder van " + t.youthA())))
                    .andExpect(content().string(containsString("Ouder van " + t.youthB())));
        }
    }

    @Test
    void addingTheSameParticipantTwiceSaysSoAndKeepsOne() throws Exception {
        TwoCases t = twoCases();
        addUser(t, t.itemB(), "deelnemer-utrecht");
        MockHttpSession coordinator = login("coordinator-utrecht");

        mvc.perform(post(t.page() + "/deelnemers").session(coordinator).with(csrf())
                        .param("itemId", String.valueOf(t.itemB())).param("userId", String.valueOf(userId("deelnemer-utrecht")))
                        .param("role", "SPECIALIST"))
                .andExpect(flash().attribute("flashError", containsString("staat al bij de deelnemers")));
        mvc.perform(post(t.page() + "/deelnemers").session(coordinator).with(csrf())
                        .param("itemId", String.valueOf(t.itemB())).param("name", "Ouder van " + t.youthB())
                        .param("email", t.parentB().toUpperCase()).param("role", "OUDER"))
                .andExpect(flash().attribute("flashError", containsString("staat al bij de deelnemers")));

        assertThat(jdbc.sql("select count(*) from agenda_participant where agenda_item_id = ? and user_id = ?")
                .params(t.itemB(), userId("deelnemer-utrecht")).query(Integer.class).single()).isOne();
        // the Organisatie column of a user is their account's organisation
        String organisation = jdbc.sql("""
                select o.name from app_user u join organisation o on o.id = u.organisation_id
                where u.username = 'deelnemer-utrecht'""").query(String.class).single();
        mvc.perform(get(t.page()).session(coordinator))
                .andExpect(content().string(containsString("<td>" + organisation + "</td>")));
        assertThat(jdbc.sql("select count(*) from agenda_participant where agenda_item_id = ? and lower(email) = lower(?)")
                .params(t.itemB(), t.parentB()).query(Integer.class).single()).isOne();
    }

    @Test
    void aParticipantFormWithSeveralProblemsNamesThemAllAtOnce() throws Exception {
        TwoCases t = twoCases();

        mvc.perform(post(t.page() + "/deelnemers").session(login("coordinator-utrecht")).with(csrf())
                        .param("itemId", String.valueOf(t.itemB())).param("name", "n".repeat(250)).param("email", "geen-adres"))
                .andExpect(flash().attribute("flashError",
                        containsString("De naam van de deelnemer is te lang: maximaal 200 tekens, u heeft er 250.")))
                .andExpect(flash().attribute("flashError", containsString("Kies een rol.")))
                .andExpect(flash().attribute("flashError", containsString("Vul een geldig e-mailadres in.")));

        assertThat(jdbc.sql("select count(*) from agenda_participant where agenda_item_id = ? and length(name) = 250")
                .param(t.itemB()).query(Integer.class).single()).isZero();
    }

    @Test
    void aParticipantDownloadsTheirOwnIcsAndTheDownloadIsAudited() throws Exception {
        TwoCases t = twoCases();
        addUser(t, t.itemB(), "deelnemer-utrecht");
        MockHttpSession participant = login("deelnemer-utrecht");

        VEvent own = event(mvc.perform(get(t.page() + "/uitnodiging.ics").session(participant))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        VEvent ofItem = event(mvc.perform(get(t.page() + "/agendapunten/" + t.itemB() + "/uitnodiging.ics")
                .session(participant)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());

        assertThat(attendees(own)).containsExactly("mailto:deelnemer-utrecht@demo.doorbraak.example");
        // a user is named as in the app, not by the role they have at this table
        assertThat(attendeeNames(own)).containsExactly(jdbc.sql("select display_name from app_user where username = ?")
                .param("deelnemer-utrecht").query(String.class).single());
        assertThat(start(own)).isEqualTo(dayOf(t.meeting()).atTime(14, 0));
        assertThat(value(ofItem, Property.UID)).isEqualTo(value(own, Property.UID));
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'UITNODIGING_GEDOWNLOAD' and actor = 'deelnemer-utrecht'
                and object_type = 'VERGADERING' and object_id = ? and subject_ref = ? and outcome = 'SUCCESS'""")
                .params(String.valueOf(t.meeting()), "casus:" + t.caseB()).query(Integer.class).single()).isEqualTo(2);
        mvc.perform(get(t.page() + "/uitnodiging.ics").session(login("deelnemer-amsterdam"))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'UITNODIGING_GEDOWNLOAD' and actor = 'deelnemer-amsterdam'
                and object_id = ? and outcome = 'DENIED'""").param(String.valueOf(t.meeting())).query(Integer.class)
                .single()).isEqualTo(1);
    }

    TwoCases twoCases() throws Exception {
        MockHttpSession coordinator = login("coordinator-utrecht");
        LocalDate day = freeDay();
        String youthA = uniqueName();
        String youthB = uniqueName();
        long caseA = admitted(youthA);
        long caseB = admitted(youthB);
        plan(coordinator, caseA, day, "13:00", "14:00");
        plan(coordinator, caseB, day, "14:00", "15:00");
        long meeting = jdbc.sql("select meeting_id from agenda_item where case_id = ?").param(caseA).query(Long.class).single();
        String page = "/planning/vergaderingen/" + meeting;
        mvc.perform(post(page + "/verzetten").session(coordinator).with(csrf()).param("date", day.toString())
                .param("startTime", "13:00").param("endTime", "15:00")).andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/voorzitter").session(coordinator).with(csrf())
                .param("chairUserId", String.valueOf(userId("voorzitter-utrecht"))).param("location", "Wijkcentrum"))
                .andExpect(status().is3xxRedirection());
        long itemA = itemOf(caseA);
        long itemB = itemOf(caseB);
        String parentA = "ouder-a-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        String parentB = "ouder-b-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
        addParent(page, itemA, youthA, parentA);
        addParent(page, itemB, youthB, parentB);
        return new TwoCases(meeting, page, caseA, itemA, youthA, parentA, caseB, itemB, youthB, parentB);
    }

    /** A day without any meeting yet, so no other test's cases share this one. */
    LocalDate freeDay() {
        while (true) {
            LocalDate day = LocalDate.now().plusDays(3000 + ThreadLocalRandom.current().nextInt(20000));
            if (!jdbc.sql("select exists (select 1 from meeting where starts_at::date = ?)").param(day)
                    .query(Boolean.class).single()) {
                return day;
            }
        }
    }

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    long admitted(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(youth, "utrecht", "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder referral = post("/aanmeldingen").session(login("verwijzer-utrecht")).with(csrf());
        f.forEach(referral::param);
        String location = mvc.perform(referral).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/casussen/".length()));
        mvc.perform(post("/vooroverleg/" + id).session(login("coordinator-utrecht")).with(csrf())
                .param("conditionHolds", "true").param("choice", "TOELATEN").param("reason", "Voldoet."))
                .andExpect(status().is3xxRedirection());
        return id;
    }

    void plan(MockHttpSession coordinator, long caseId, LocalDate day, String from, String to) throws Exception {
        mvc.perform(post("/planning/casussen/" + caseId).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                .param("date", day.toString()).param("slotStart", from).param("slotEnd", to))
                .andExpect(status().is3xxRedirection());
    }

    void addParent(String page, long item, String youth, String email) throws Exception {
        mvc.perform(post(page + "/deelnemers").session(login("coordinator-utrecht")).with(csrf())
                .param("itemId", String.valueOf(item)).param("name", "Ouder van " + youth).param("email", email)
                .param("role", "OUDER")).andExpect(status().is3xxRedirection());
    }

    void addUser(TwoCases t, long item, String username) throws Exception {
        mvc.perform(post(t.page() + "/deelnemers").session(login("coordinator-utrecht")).with(csrf())
                .param("itemId", String.valueOf(item)).param("userId", String.valueOf(userId(username)))
                .param("role", "KERNPARTNER")).andExpect(status().is3xxRedirection());
    }

    int reads(String actor, long caseId, String outcome) {
        return jdbc.sql("""
                select count(*) from audit_log where actor = ? and outcome = ?
                and (object_id = ? and object_type = 'CASUS' or subject_ref = ?) and action like '%BEKEKEN'""")
                .params(actor, outcome, String.valueOf(caseId), "casus:" + caseId).query(Integer.class).single();
    }

    List<String> attachedIcs(String page, String kind) {
        return jdbc.sql("select attachment_content from outbox_mail where kind = ? and link_path = ? order by id")
                .params(kind, page).query(String.class).list();
    }

    String icsTo(String page, String kind, String recipient) {
        return jdbc.sql("select attachment_content from outbox_mail where kind = ? and link_path = ? and recipient = ?")
                .params(kind, page, recipient).query(String.class).single();
    }

    String mailBodyTo(String page, String recipient) {
        return jdbc.sql("select body from outbox_mail where kind = 'UITNODIGING_TAFEL' and link_path = ? and recipient = ?")
                .params(page, recipient).query(String.class).single();
    }

    long seat(long item, String role) {
        return jdbc.sql("select id from agenda_participant where agenda_item_id = ? and role = ?").params(item, role)
                .query(Long.class).single();
    }

    LocalDate dayOf(long meeting) {
        return jdbc.sql("select starts_at::date from meeting where id = ?").param(meeting).query(LocalDate.class).single();
    }

    long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    long itemOf(long caseId) {
        return jdbc.sql("select id from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
    }

    static String uniqueName() {
        return "Privacykind " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Calendar parse(String ics) throws Exception {
        return new CalendarBuilder().build(new StringReader(ics));
    }

    static VEvent event(String ics) throws Exception {
        return event(parse(ics));
    }

    static VEvent event(Calendar calendar) {
        List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
        assertThat(events).hasSize(1);
        return events.get(0);
    }

    static List<String> attendees(VEvent event) {
        return event.<Attendee>getProperties(Property.ATTENDEE).stream().map(a -> a.getCalAddress().toString()).toList();
    }

    static List<String> attendeeNames(VEvent event) {
        return event.<Attendee>getProperties(Property.ATTENDEE).stream()
                .map(a -> a.getParameter(Parameter.CN).map(Parameter::getValue).orElse("")).toList();
    }

    static String value(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow();
    }

    static LocalDateTime start(VEvent event) {
        return ((ZonedDateTime) event.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow().getDate()).toLocalDateTime();
    }

    static LocalDateTime end(VEvent event) {
        return ((ZonedDateTime) event.<DtEnd<?>>getProperty(Property.DTEND).orElseThrow().getDate()).toLocalDateTime();
    }
}
