package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.net.URI;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MyMeetingsWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void showsTheChairAndAParticipantTheCaseTheSlotAndThePlaceOfTheirNextMeeting() throws Exception {
        long item = fixtures().plannedItem(VerslagFixtures.uniqueYouth());
        long caseId = fixtures().caseOf(item);
        long meeting = meetingOf(item);

        for (String user : List.of("voorzitter-utrecht", "deelnemer-utrecht")) {
            String page = page(user);
            assertThat(page).as(user).contains("href=\"/casussen/" + caseId + "\"")
                    .contains("href=\"/planning/vergaderingen/" + meeting + "\"").contains("09:00 tot 10:00")
                    .contains("Wijkcentrum");
            assertThat(audited(user, "OVERLEGGEN_BEKEKEN")).as(user).isPositive();
        }
        assertThat(page("voorzitter-utrecht")).contains("Voorzitter");
    }

    @Test
    void showsNoOneElseTheMeeting() throws Exception {
        long item = fixtures().plannedItem(VerslagFixtures.uniqueYouth());
        long meeting = meetingOf(item);

        for (String user : List.of("deelnemer-amsterdam", "voorzitter-amsterdam", "coordinator-amsterdam")) {
            assertThat(page(user)).as(user).doesNotContain("/planning/vergaderingen/" + meeting + "\"");
        }
    }

    @Test
    void theFeedIsValidICalendarWithTheMeetingsNeutralTitleAndLinkAndNoNamesOrCaseContent() throws Exception {
        String youth = VerslagFixtures.uniqueYouth();
        long item = fixtures().plannedItem(youth);
        long meeting = meetingOf(item);
        String feedUrl = newFeed("deelnemer-utrecht");

        MockHttpServletResponse response = mvc.perform(get(URI.create(feedUrl).getPath())).andReturn().getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/calendar");
        String ics = response.getContentAsString();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        VEvent event = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> e.getProperty(Property.URL).map(Property::getValue).orElse("")
                        .endsWith("/planning/vergaderingen/" + meeting))
                .findFirst().orElseThrow();
        assertThat(event.getProperty(Property.SUMMARY).map(Property::getValue).orElseThrow()).startsWith("Actietafel");
        assertThat(event.getProperty(Property.DTSTART).map(Property::getValue).orElseThrow()).endsWith("T090000");
        assertThat(event.getProperty(Property.DTEND).map(Property::getValue).orElseThrow()).endsWith("T100000");
        assertThat(event.getProperty(Property.LOCATION).map(Property::getValue)).contains("Wijkcentrum");
        assertThat(event.getProperties(Property.ATTENDEE)).isEmpty();
        assertThat(ics).doesNotContain(youth).doesNotContain("Ouder van").doesNotContain("@test.example")
                .doesNotContain("Casus " + fixtures().caseOf(item));
        assertThat(calendar.validate().hasErrors()).isFalse();
        assertThat(jdbc.sql("select count(*) from audit_log where actor = 'deelnemer-utrecht' "
                + "and action = 'AGENDAFEED_OPGEHAALD' and outcome = 'SUCCESS'").query(Long.class).single()).isPositive();
    }

    @Test
    void theChairsFeedHasTheWholeMeetingOnce() throws Exception {
        long item = fixtures().plannedItem(VerslagFixtures.uniqueYouth());
        long meeting = meetingOf(item);
        String feedUrl = newFeed("voorzitter-utrecht");

        String ics = mvc.perform(get(URI.create(feedUrl).getPath())).andReturn().getResponse().getContentAsString();

        List<VEvent> events = new CalendarBuilder().build(new StringReader(ics)).<VEvent>getComponents(Component.VEVENT)
                .stream().filter(e -> e.getProperty(Property.URL).map(Property::getValue).orElse("")
                        .endsWith("/planning/vergaderingen/" + meeting)).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).getProperty(Property.UID).map(Property::getValue).orElseThrow()).startsWith("feed-vergadering-" + meeting);
    }

    @Test
    void keepsOnlyTheHashOfTheTokenAndARenewedOrRevokedAddressStopsWorking() throws Exception {
        String first = URI.create(newFeed("deelnemer-utrecht")).getPath();
        String token = first.substring(first.lastIndexOf('/') + 1, first.length() - ".ics".length());
        assertThat(jdbc.sql("select count(*) from agenda_feed where token_hash = ?").param(token).query(Long.class)
                .single()).isZero();

        String second = URI.create(newFeed("deelnemer-utrecht")).getPath();

        assertThat(mvc.perform(get(first)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'AGENDAFEED_OPGEHAALD' and outcome = 'DENIED'")
                .query(Long.class).single()).isPositive();

        mvc.perform(post("/mijn-overleggen/agenda-abonnement/intrekken").session(login("deelnemer-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(mvc.perform(get(second)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(page("deelnemer-utrecht")).contains("Agenda-abonnement maken");
    }

    @Test
    void refusesAMalformedTokenWithoutLookingItUp() throws Exception {
        assertThat(mvc.perform(get("/agenda/feed/kort.ics")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    private String newFeed(String user) throws Exception {
        Object url = mvc.perform(post("/mijn-overleggen/agenda-abonnement").session(login(user)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("feedUrl");
        assertThat(url).isNotNull();
        return url.toString();
    }

    private String page(String user) throws Exception {
        return mvc.perform(get("/mijn-overleggen").session(login(user))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private long audited(String user, String action) {
        return jdbc.sql("select count(*) from audit_log where actor = ? and action = ? and outcome = 'SUCCESS'")
                .params(user, action).query(Long.class).single();
    }

    private long meetingOf(long item) {
        return jdbc.sql("select meeting_id from agenda_item where id = ?").param(item).query(Long.class).single();
    }

    private MockHttpSession login(String user) throws Exception {
        return fixtures().login(user);
    }

    private VerslagFixtures fixtures() {
        return new VerslagFixtures(mvc, jdbc);
    }
}
