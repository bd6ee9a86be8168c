package nl.doorbraak.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.doorbraak.casefile.ReferralFormFields;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class NotificationWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void aMailToAUserAlsoAppearsAsAnUnreadNotificationCountedInTheHeader() throws Exception {
        MockHttpSession coordinator = fixtures().login("coordinator-utrecht");
        int before = unread("coordinator-utrecht");

        long caseId = submitReferral();

        assertThat(unread("coordinator-utrecht")).isEqualTo(before + 1);
        String header = mvc.perform(get("/").session(coordinator)).andReturn().getResponse().getContentAsString();
        assertThat(header).contains("href=\"/meldingen\"").contains((before + 1) + " ongelezen");
        String list = mvc.perform(get("/meldingen").session(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("Nieuwe aanmelding in Doorbraak")
                .contains("/meldingen/" + newestOf("coordinator-utrecht") + "/openen");
        assertThat(linkOf(newestOf("coordinator-utrecht"))).isEqualTo("/casussen/" + caseId);
    }

    @Test
    void onlyMailsToUsersOfTheAppBecomeNotificationsWithTheMailsSubjectAndLink() throws Exception {
        long lastMail = jdbc.sql("select coalesce(max(id), 0) from outbox_mail").query(Long.class).single();
        long lastNotification = jdbc.sql("select coalesce(max(id), 0) from notification").query(Long.class).single();

        long item = fixtures().plannedItem(VerslagFixtures.uniqueYouth());
        long meeting = jdbc.sql("select meeting_id from agenda_item where id = ?").param(item).query(Long.class).single();
        mvc.perform(post("/planning/vergaderingen/" + meeting + "/uitnodigingen")
                .session(fixtures().login("coordinator-utrecht")).with(csrf())).andExpect(status().is3xxRedirection());

        var toAccounts = jdbc.sql("""
                select u.id || ' ' || m.kind || ' ' || m.subject || ' ' || coalesce(m.link_path, '') from outbox_mail m
                join app_user u on lower(u.email) = lower(m.recipient) where m.id > ? order by m.id""")
                .param(lastMail).query(String.class).list();
        var notifications = jdbc.sql("""
                select user_id || ' ' || kind || ' ' || subject || ' ' || coalesce(link_path, '') from notification
                where id > ? order by id""").param(lastNotification).query(String.class).list();
        long toParent = jdbc.sql("select count(*) from outbox_mail where id > ? and recipient = 'ouder@test.example'")
                .param(lastMail).query(Long.class).single();
        assertThat(toParent).as("the parent outside the app was mailed").isPositive();
        assertThat(notifications).isNotEmpty().containsExactlyElementsOf(toAccounts);
    }

    @Test
    void openingANotificationMarksItReadAndGoesToItsLink() throws Exception {
        submitReferral();
        long id = newestOf("coordinator-utrecht");
        MockHttpSession coordinator = fixtures().login("coordinator-utrecht");
        int before = unread("coordinator-utrecht");

        mvc.perform(post("/meldingen/" + id + "/openen").session(coordinator).with(csrf()))
                .andExpect(redirectedUrl(linkOf(id)));

        assertThat(isRead(id)).isTrue();
        assertThat(unread("coordinator-utrecht")).isEqualTo(before - 1);
    }

    @Test
    void refusesToOpenAnotherUsersNotificationAndLeavesItUnread() throws Exception {
        submitReferral();
        long id = newestOf("coordinator-utrecht");

        mvc.perform(post("/meldingen/" + id + "/openen").session(fixtures().login("coordinator-amsterdam")).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(isRead(id)).isFalse();
    }

    @Test
    void refusesToOpenANotificationWithoutCsrfToken() throws Exception {
        submitReferral();
        long id = newestOf("coordinator-utrecht");

        var response = mvc.perform(post("/meldingen/" + id + "/openen").session(fixtures().login("coordinator-utrecht")))
                .andReturn().getResponse();

        assertThat(response.getRedirectedUrl()).isNotEqualTo(linkOf(id));
        assertThat(isRead(id)).isFalse();
    }

    @Test
    void marksAllOwnNotificationsReadAndNoOneElses() throws Exception {
        submitReferral();
        int referrerUnread = unread("verwijzer-utrecht");
        assertThat(referrerUnread).as("the referrer got an acknowledgement").isPositive();

        mvc.perform(post("/meldingen/gelezen").session(fixtures().login("coordinator-utrecht")).with(csrf()))
                .andExpect(redirectedUrl("/meldingen"));

        assertThat(unread("coordinator-utrecht")).isZero();
        assertThat(unread("verwijzer-utrecht")).isEqualTo(referrerUnread);
        String header = mvc.perform(get("/meldingen").session(fixtures().login("coordinator-utrecht"))).andReturn()
                .getResponse().getContentAsString();
        assertThat(header).doesNotContain("ongelezen").doesNotContain("badge--count");
    }

    private long submitReferral() throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(VerslagFixtures.uniqueYouth(), "utrecht",
                "Utrecht", LocalDate.now()));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(fixtures().login("verwijzer-utrecht"))
                .with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private VerslagFixtures fixtures() {
        return new VerslagFixtures(mvc, jdbc);
    }

    private int unread(String username) {
        return jdbc.sql("select count(*) from notification n join app_user u on u.id = n.user_id "
                + "where u.username = ? and n.read_at is null").param(username).query(Integer.class).single();
    }

    private long newestOf(String username) {
        return jdbc.sql("select max(n.id) from notification n join app_user u on u.id = n.user_id where u.username = ?")
                .param(username).query(Long.class).single();
    }

    private String linkOf(long id) {
        return jdbc.sql("select link_path from notification where id = ?").param(id).query(String.class).single();
    }

    private boolean isRead(long id) {
        return jdbc.sql("select read_at is not null from notification where id = ?").param(id).query(Boolean.class)
                .single();
    }
}
