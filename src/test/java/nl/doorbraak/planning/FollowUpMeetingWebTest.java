package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A follow-up meeting (vervolgoverleg) on real PostgreSQL: a Utrecht case with a finalised verslag goes on a new
 * meeting, stays IN_UITVOERING, gets the next-meeting participants, its meeting mode shows the open agreements, the
 * dossier reaches new participants and finalising it counts a second table.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class FollowUpMeetingWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    VerslagFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new VerslagFixtures(mvc, jdbc);
    }

    /** A case whose first verslag is finalised by voorzitter-utrecht; returns its first agenda item. */
    long runningCase() throws Exception {
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        fixtures.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(fixtures.caseOf(item))).isEqualTo("IN_UITVOERING");
        return item;
    }

    /**
     * Plans the follow-up with voorzitter-utrecht as chair, on a day after those {@link VerslagFixtures#plannedItem}
     * picks (the first meeting took place, so lies in the past); returns its item.
     */
    long followUp(long firstItem) throws Exception {
        long caseId = fixtures.caseOf(firstItem);
        LocalDate day = LocalDate.now().plusDays(330 + ThreadLocalRandom.current().nextInt(300));
        MockHttpSession coordinator = fixtures.login("coordinator-utrecht");
        mvc.perform(post("/planning/casussen/" + caseId + "/vervolgoverleg").session(coordinator).with(csrf())
                        .param("tableCode", "actietafel").param("date", day.toString())
                        .param("slotStart", "11:00").param("slotEnd", "12:00"))
                .andExpect(status().is3xxRedirection());
        long item = jdbc.sql("select max(id) from agenda_item where case_id = ?").param(caseId).query(Long.class).single();
        mvc.perform(post("/planning/vergaderingen/" + meetingOf(item) + "/voorzitter").session(coordinator).with(csrf())
                        .param("chairUserId", String.valueOf(fixtures.userId("voorzitter-utrecht"))).param("location", "Wijkcentrum"))
                .andExpect(status().is3xxRedirection());
        return item;
    }

    @Test
    void aCoordinatorPlansAFollowUpAndTheCaseStaysInExecutionWithTheNextMeetingParticipants() throws Exception {
        long first = runningCase();
        long caseId = fixtures.caseOf(first);
        MockHttpSession coordinator = fixtures.login("coordinator-utrecht");
        mvc.perform(get("/casussen/" + caseId).session(coordinator))
                .andExpect(content().string(containsString("/planning/casussen/" + caseId + "/vervolgoverleg")));
        mvc.perform(get("/planning/casussen/" + caseId + "/vervolgoverleg").session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Demo Deelnemer Utrecht")))
                .andExpect(content().string(containsString("value=\"" + LocalDate.now().plusWeeks(8) + "\"")));
        mvc.perform(get("/planning").session(coordinator))
                .andExpect(content().string(containsString("/planning/casussen/" + caseId + "/vervolgoverleg")));

        long item = followUp(first);

        assertThat(item).isNotEqualTo(first);
        assertThat(statusOf(caseId)).isEqualTo("IN_UITVOERING");
        assertThat(events(caseId)).containsSubsequence("VERSLAG_VASTGESTELD", "VERVOLGOVERLEG_GEPLAND");
        assertThat(roles(item)).containsExactlyInAnyOrder("INBRENGER:verwijzer-utrecht", "KERNPARTNER:deelnemer-utrecht");
        mvc.perform(get("/casussen/" + caseId).session(coordinator))
                .andExpect(content().string(containsString("Vervolgoverleg gepland")));
        mvc.perform(get("/planning/vergaderingen/" + meetingOf(item)).session(coordinator))
                .andExpect(content().string(containsString("Vervolgoverleg: 1 openstaande afspraken")))
                .andExpect(content().string(containsString("/casussen/" + caseId + "/afspraken")));
    }

    @Test
    void theDossierReachesANewParticipantOfTheFollowUp() throws Exception {
        long first = runningCase();
        long caseId = fixtures.caseOf(first);
        long item = followUp(first);
        String newcomer = newUtrechtParticipant();
        MockHttpSession outsider = fixtures.login(newcomer);
        mvc.perform(get("/casussen/" + caseId).session(outsider)).andExpect(status().isNotFound());
        mvc.perform(post("/planning/vergaderingen/" + meetingOf(item) + "/deelnemers").session(fixtures.login("coordinator-utrecht"))
                        .with(csrf()).param("itemId", String.valueOf(item))
                        .param("userId", String.valueOf(fixtures.userId(newcomer))).param("role", "SPECIALIST"))
                .andExpect(status().is3xxRedirection());

        mvc.perform(post("/casussen/" + caseId + "/dossier/versturen").session(fixtures.login("verwijzer-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/casussen/" + caseId).session(outsider)).andExpect(status().isOk());
        mvc.perform(get("/casussen/" + caseId + "/dossier").session(outsider)).andExpect(status().isOk());
        assertThat(events(caseId)).containsSubsequence("VERVOLGOVERLEG_GEPLAND", "DOSSIER_VERSTUURD");
    }

    @Test
    void theMeetingModeOfTheFollowUpShowsTheOpenAgreementsOfTheFirstVerslag() throws Exception {
        long first = runningCase();
        long item = followUp(first);
        jdbc.sql("update verslag_agreement set due_on = ? where case_id = ?")
                .params(LocalDate.now().minusDays(1), fixtures.caseOf(first)).update();

        mvc.perform(get("/verslagen/" + item).session(fixtures.login("voorzitter-utrecht")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Openstaande afspraken uit eerdere overleggen")))
                .andExpect(content().string(containsString(VerslagFixtures.AGREEMENT)))
                .andExpect(content().string(containsString("te laat")));
        mvc.perform(get("/verslagen/" + first).session(fixtures.login("voorzitter-utrecht")))
                .andExpect(content().string(not(containsString("Openstaande afspraken uit eerdere overleggen"))));
    }

    @Test
    void finalisingTheFollowUpKeepsTheCaseRunningAndCountsTwoTables() throws Exception {
        long first = runningCase();
        long caseId = fixtures.caseOf(first);
        long item = followUp(first);
        fixtures.completeDraft(item);

        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(fixtures.login("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(statusOf(caseId)).isEqualTo("IN_UITVOERING");
        assertThat(events(caseId).stream().filter("VERSLAG_VASTGESTELD"::equals)).hasSize(2);
        mvc.perform(get("/casussen/" + caseId).session(fixtures.login("coordinator-utrecht")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*Aantal tafels gehouden</dt>\\s*<dd>2</dd>.*")));
    }

    @Test
    void onlyARunningCaseGetsAFollowUpAndTheFirstPlanningStaysForAdmittedCases() throws Exception {
        MockHttpSession coordinator = fixtures.login("coordinator-utrecht");
        long closed = fixtures.caseOf(runningCase());
        // the closure itself is tested elsewhere; here only the state matters
        jdbc.sql("update case_file set status = 'AFGESLOTEN' where id = ?").param(closed).update();
        long planned = fixtures.caseOf(fixtures.plannedItem(VerslagFixtures.uniqueYouth()));
        for (long other : List.of(closed, planned)) {
            String state = statusOf(other);
            int items = itemCount(other);
            mvc.perform(get("/planning/casussen/" + other + "/vervolgoverleg").session(coordinator))
                    .andExpect(status().isNotFound());
            mvc.perform(post("/planning/casussen/" + other + "/vervolgoverleg").session(coordinator).with(csrf())
                            .param("tableCode", "actietafel").param("date", LocalDate.now().plusDays(30).toString())
                            .param("slotStart", "09:00").param("slotEnd", "10:00"))
                    .andExpect(redirectedUrl("/planning"));
            assertThat(statusOf(other)).isEqualTo(state);
            assertThat(itemCount(other)).isEqualTo(items);
        }
        long running = fixtures.caseOf(runningCase());
        mvc.perform(post("/planning/casussen/" + running).session(coordinator).with(csrf())
                        .param("tableCode", "actietafel").param("date", LocalDate.now().plusDays(30).toString())
                        .param("slotStart", "09:00").param("slotEnd", "10:00"))
                .andExpect(redirectedUrl("/planning"));
        assertThat(itemCount(running)).isEqualTo(1);
        mvc.perform(get("/planning/casussen/" + running + "/vervolgoverleg").session(fixtures.login("coordinator-amsterdam")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/planning/casussen/" + running + "/vervolgoverleg").session(fixtures.login("verwijzer-utrecht")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aFollowUpOnTheMeetingTheCaseIsAlreadyOnIsRefusedNextToTheDate() throws Exception {
        long first = runningCase();
        long caseId = fixtures.caseOf(first);
        // the finalised meeting moved ahead again: finalising no longer allows this, but planning refuses it by itself
        VerslagFixtures.meetingOn(jdbc, first, LocalDate.now().plusDays(700 + ThreadLocalRandom.current().nextInt(300)));
        mvc.perform(post("/planning/casussen/" + caseId + "/vervolgoverleg").session(fixtures.login("coordinator-utrecht"))
                        .with(csrf()).param("tableCode", "actietafel").param("date", meetingDay(first).toString())
                        .param("slotStart", "11:00").param("slotEnd", "12:00"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("staat al op de agenda van deze vergadering")));
        assertThat(itemCount(caseId)).isEqualTo(1);
        assertThat(events(caseId)).doesNotContain("VERVOLGOVERLEG_GEPLAND");
    }

    private String newUtrechtParticipant() {
        String username = "vervolg-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash)
                select ?, 'Vervolg Specialist', ? || '@test.example', password_hash from app_user where username = 'deelnemer-utrecht'
                returning id""").params(username, username).query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'DEELNEMER')").param(id).update();
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'utrecht')").param(id).update();
        return username;
    }

    private String statusOf(long caseId) {
        return jdbc.sql("select status from case_file where id = ?").param(caseId).query(String.class).single();
    }

    private List<String> events(long caseId) {
        return jdbc.sql("select type from case_event where case_id = ? order by id").param(caseId).query(String.class).list();
    }

    private List<String> roles(long item) {
        return jdbc.sql("""
                select p.role || ':' || coalesce(u.username, p.name) from agenda_participant p
                left join app_user u on u.id = p.user_id where p.agenda_item_id = ?""").param(item).query(String.class).list();
    }

    private long meetingOf(long item) {
        return jdbc.sql("select meeting_id from agenda_item where id = ?").param(item).query(Long.class).single();
    }

    private LocalDate meetingDay(long item) {
        return jdbc.sql("select m.starts_at::date from meeting m join agenda_item i on i.meeting_id = m.id where i.id = ?")
                .param(item).query(LocalDate.class).single();
    }

    private int itemCount(long caseId) {
        return jdbc.sql("select count(*) from agenda_item where case_id = ?").param(caseId).query(Integer.class).single();
    }
}
