package nl.doorbraak.leertafel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.identity.UserDirectory;
import nl.doorbraak.leertafel.internal.SessionPreparation;
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
 * The leertafel's members and sessions on real PostgreSQL with Tilburg's demo leertafel: the coordinator plans, the
 * members read (the agenda only from a week before), outsiders find nothing (404, audited as DENIED).
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeertafelSessionsWebTest {

    static final String PATH = LeertafelFixtures.PATH;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDirectory users;
    @Autowired SessionPreparation preparation;

    LeertafelFixtures fx;
    MockHttpSession coordinator;

    @BeforeEach
    void login() throws Exception {
        fx = new LeertafelFixtures(mvc, jdbc);
        coordinator = fx.login("coordinator-tilburg");
    }

    @Test
    void theDemoSeatsNineMembersWithThreeHeldSessionsAndOneInvitedAhead() {
        assertThat(count("select count(*) from leertafel_member where region_slug = 'tilburg' and until is null "
                + "and user_id in (select id from app_user where username like 'leertafel-tilburg%' "
                + "and username not like 'leertafel-tilburg-test-%' and username not like 'leertafel-tilburg-browser-%')"))
                .isEqualTo(9);
        assertThat(count("select count(*) from leertafel_session where region_slug = 'tilburg' and status = 'GEHOUDEN' "
                + "and notes is not null and created_by = (select id from app_user where username = 'coordinator-tilburg')"))
                .isGreaterThanOrEqualTo(3);
        assertThat(count("select count(*) from leertafel_session where region_slug = 'tilburg' and status = 'GEPLAND' "
                + "and invited_at is not null and location = 'Stadskantoor Tilburg, zaal 2.14'")).isEqualTo(1);
    }

    @Test
    void membersAndTheChairReadTheMemberListWithDisciplineAndSector() throws Exception {
        String page = page(fx.login("leertafel-tilburg-2"), PATH + "/leden");
        assertThat(page).contains("Fenna Dijkgraaf").contains("Oco").contains("Voortgezet onderwijs (VO)")
                .doesNotContain("Lid toevoegen");
        assertThat(page(fx.login("voorzitter-tilburg"), PATH + "/leden")).contains("Gedragsdeskundige");
        assertThat(audited("LEERTAFEL_LEDEN_BEKEKEN", "leertafel-tilburg-2", "SUCCESS")).isPositive();
    }

    @Test
    void theCoordinatorAddsAMemberAndIsWarnedWhenTheGroupOutgrowsTheWerkwijze() throws Exception {
        // other test classes seat members of their own at the same demo table: count from what is there
        long before = currentMembers();
        assertThat(before).as("the demo seats nine").isGreaterThanOrEqualTo(9);
        String first = LeertafelFixtures.newLeertafelUser(users);
        String second = LeertafelFixtures.newLeertafelUser(users);
        try {
            add(first, "Jeugdarts", "GEMEENTELIJKE_TOEGANG");
            if (before + 1 <= 10) {
                assertThat(page(coordinator, PATH + "/leden")).doesNotContain("De werkwijze vraagt 8 tot 10 leden");
            }
            add(second, "IB'er", "PO");
            String page = page(coordinator, PATH + "/leden");
            assertThat(page).contains("de leertafel heeft " + (before + 2)
                    + " vaste leden. De werkwijze vraagt 8 tot 10 leden.");
            assertThat(audited("LEERTAFEL_LID_TOEGEVOEGD", "coordinator-tilburg", "SUCCESS")).isPositive();
        } finally {
            endMembership(first);
            endMembership(second);
        }
        String after = page(coordinator, PATH + "/leden");
        assertThat(after).contains("Eerdere leden");
        if (before <= 10) {
            assertThat(after).doesNotContain("vaste leden. De werkwijze vraagt");
        }
        assertThat(count("select count(*) from leertafel_member m join app_user u on u.id = m.user_id "
                + "where u.username = '" + first + "' and m.until is not null")).isEqualTo(1);
    }

    @Test
    void refusesADisciplineOutsideTheWerkwijzeKeepingWhatWasChosen() throws Exception {
        String user = LeertafelFixtures.newLeertafelUser(users);
        String page = mvc.perform(post(PATH + "/leden").session(coordinator).with(csrf())
                .param("userId", String.valueOf(fx.userId(user))).param("discipline", "Tovenaar").param("sector", "VO"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Kies een deskundigheid uit de lijst.").contains("value=\"VO\" id=\"sector2\" name=\"sector\" checked=\"checked\"");
        assertThat(count("select count(*) from leertafel_member where user_id = " + fx.userId(user))).isZero();
    }

    @Test
    void aMemberCannotAddMembers() throws Exception {
        String user = LeertafelFixtures.newLeertafelUser(users);
        mvc.perform(post(PATH + "/leden").session(fx.login("leertafel-tilburg")).with(csrf())
                .param("userId", String.valueOf(fx.userId(user))).param("discipline", "Oco").param("sector", "VO"))
                .andExpect(status().isNotFound());
        assertThat(audited("LEERTAFEL_LID_TOEGEVOEGD", "leertafel-tilburg", "DENIED")).isPositive();
    }

    @Test
    void theSessionsPageOffersTheCadencesNextDatesAndPlansOne() throws Exception {
        String page = page(coordinator, PATH + "/bijeenkomsten");
        assertThat(page).contains("Volgens het ritme van de werkwijze").contains("woensdag").contains("15:00 tot 16:30");
        LocalDate day = fx.freeWeekday(400);
        long id = fx.createSession(day);
        String session = page(coordinator, PATH + "/bijeenkomsten/" + id);
        assertThat(session).contains("Stadskantoor, zaal 3").contains("Demo Voorzitter Tilburg")
                .contains("Nog niet verstuurd");
        assertThat(audited("LEERTAFEL_BIJEENKOMST_TOEGEVOEGD", "coordinator-tilburg", "SUCCESS")).isPositive();
    }

    @Test
    void refusesAMemberAsChairInDutch() throws Exception {
        LocalDate day = fx.freeWeekday(400);
        String page = mvc.perform(post(PATH + "/bijeenkomsten").session(coordinator).with(csrf())
                .param("date", day.toString()).param("timeFrom", "15:00").param("timeUntil", "16:30")
                .param("location", "Zaal 4").param("chairUserId", String.valueOf(fx.userId("leertafel-tilburg"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Deze persoon is lid van de leertafel en kan daarom geen voorzitter zijn.")
                .contains("value=\"Zaal 4\"");
        assertThat(count("select count(*) from leertafel_session where starts_at::date = '" + day + "'")).isZero();
    }

    @Test
    void saysWhenTheAgendaRunsOverTheTablesMaximumWithoutRefusingIt() throws Exception {
        long id = fx.createSession(fx.freeWeekday(400));
        other(id, "Opening en mededelingen", 60);
        other(id, "Terugblik", 45);
        String page = page(coordinator, PATH + "/bijeenkomsten/" + id);
        assertThat(page).contains("De agenda duurt 105 minuten; de leertafel duurt maximaal 90 minuten.");
        assertThat(count("select count(*) from leertafel_agenda_item where session_id = " + id)).isEqualTo(2);
    }

    @Test
    void reordersAndRemovesAgendaPoints() throws Exception {
        long id = fx.createSession(fx.freeWeekday(400));
        other(id, "Eerste punt", 10);
        other(id, "Tweede punt", 10);
        long second = jdbc.sql("select id from leertafel_agenda_item where session_id = ? and title = 'Tweede punt'")
                .param(id).query(Long.class).single();
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/agenda/" + second + "/omhoog").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(titles(id)).containsExactly("Tweede punt", "Eerste punt");
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/agenda/" + second + "/verwijderen").session(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(titles(id)).containsExactly("Eerste punt");
    }

    @Test
    void aThemeOfTheRegionGoesOnTheAgendaAndOneOfAnotherRegionIsRefused() throws Exception {
        long id = fx.createSession(fx.freeWeekday(400));
        long own = jdbc.sql("select min(id) from theme where region_slug = 'tilburg' and active").query(Long.class).single();
        long other = jdbc.sql("select min(id) from theme where region_slug = 'utrecht' and active").query(Long.class).single();
        String name = jdbc.sql("select name from theme where id = ?").param(own).query(String.class).single();
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/agenda").session(coordinator).with(csrf())
                .param("kind", "THEMA").param("themeId", String.valueOf(own)).param("minutes", "20"))
                .andExpect(status().is3xxRedirection());
        assertThat(page(coordinator, PATH + "/bijeenkomsten/" + id)).contains("Thema: " + name);
        String refused = mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/agenda").session(coordinator).with(csrf())
                .param("kind", "THEMA").param("themeId", String.valueOf(other)).param("minutes", "20"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("Kies een thema uit de lijst.");
        assertThat(count("select count(*) from leertafel_agenda_item where session_id = " + id)).isEqualTo(1);
    }

    @Test
    void membersSeeTheAgendaAndItsCasesOnlyFromAWeekBefore() throws Exception {
        long id = fx.createSession(fx.freeWeekday(400));
        long leertafelCase = fx.submittedCase("Overstap zonder warme overdracht");
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/agenda").session(coordinator).with(csrf())
                .param("kind", "CASUS").param("caseId", String.valueOf(leertafelCase)).param("minutes", "40"))
                .andExpect(status().is3xxRedirection());
        MockHttpSession member = fx.login("leertafel-tilburg-3");
        String before = page(member, PATH + "/bijeenkomsten/" + id);
        assertThat(before).contains("De agenda en de casussen zijn vanaf").doesNotContain("Overstap zonder warme overdracht");
        assertThat(page(coordinator, PATH + "/bijeenkomsten/" + id)).contains("Overstap zonder warme overdracht")
                .contains("De leden zien de agenda en de casussen vanaf");
        assertThat(preparation.caseVisibleToMembers(leertafelCase, LocalDate.now())).isFalse();

        LocalDate soon = fx.freeWeekday(0);
        while (soon.isAfter(LocalDate.now().plusDays(7))) {
            soon = fx.freeWeekday(0);
        }
        moveTo(id, soon);
        assertThat(page(member, PATH + "/bijeenkomsten/" + id)).contains("Overstap zonder warme overdracht");
        assertThat(preparation.caseVisibleToMembers(leertafelCase, LocalDate.now())).isTrue();

        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/annuleren").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(preparation.caseVisibleToMembers(leertafelCase, LocalDate.now())).isFalse();
    }

    @Test
    void theChairRecordsAttendanceAndNotesOfASessionThatBegan() throws Exception {
        long id = fx.pastSession(1);
        MockHttpSession chair = fx.login("voorzitter-tilburg");
        List<Long> members = jdbc.sql("select id from leertafel_member where region_slug = 'tilburg' and until is null "
                + "order by id limit 2").query(Long.class).list();
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/aanwezigheid").session(chair).with(csrf())
                .param("aanwezig", String.valueOf(members.get(0)))).andExpect(status().is3xxRedirection());
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/notities").session(chair).with(csrf())
                .param("notes", "Thema: wachttijd diagnostiek.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from leertafel_session where id = ?").param(id).query(String.class).single())
                .isEqualTo("GEHOUDEN");
        assertThat(jdbc.sql("select present from leertafel_attendance where session_id = ? and member_id = ?")
                .params(id, members.get(0)).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select present from leertafel_attendance where session_id = ? and member_id = ?")
                .params(id, members.get(1)).query(Boolean.class).single()).isFalse();
        assertThat(page(fx.login("leertafel-tilburg"), PATH + "/bijeenkomsten/" + id))
                .contains("Thema: wachttijd diagnostiek.").contains("Gehouden");
    }

    @Test
    void refusesNotesThatNameSomeoneShowingEachHitAndStoringNothing() throws Exception {
        long id = fx.pastSession(2);
        MockHttpSession chair = fx.login("voorzitter-tilburg");
        String typed = "Mevrouw Jansen van Basisschool Het Voorbeeldpad belde op 12-03-2026 over 06-12345678.";
        String page = mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/notities").session(chair).with(csrf())
                .param("notes", typed)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Niets is opgeslagen.").contains("<mark>").contains("Telefoonnummer")
                .contains("Herschrijf de gemarkeerde stukken");
        assertThat(jdbc.sql("select coalesce(notes, '') from leertafel_session where id = ?").param(id)
                .query(String.class).single()).isEmpty();
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'LEERTAFEL_NOTITIES_GEWIJZIGD' and object_id = ? "
                + "and outcome = 'DENIED' and details not like '%Jansen%'").param(String.valueOf(id)).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void everyOpenProposalOfTheTableStandsOnAPlannedSessionsAgenda() throws Exception {
        long owner = fx.userId("leertafel-tilburg");
        String title = "Vaste overdracht PO-VO " + System.nanoTime();
        jdbc.sql("""
                insert into proposal (region_slug, table_code, kind, title, description, owner_user_id, status,
                    created_by, created_at)
                values ('tilburg', 'leertafel', 'VERBETERVOORSTEL', ?, 'Een vaste vorm voor de overdracht.', ?,
                    'IN_BEHANDELING', ?, now())""").params(title, owner, owner).update();
        long id = fx.createSession(fx.freeWeekday(400));
        assertThat(page(coordinator, PATH + "/bijeenkomsten/" + id)).contains("Voorstellen om op te volgen")
                .contains(title).contains("verbetervoorstel");
        jdbc.sql("update proposal set status = 'INGEVOERD' where title = ?").param(title).update();
        assertThat(page(coordinator, PATH + "/bijeenkomsten/" + id)).doesNotContain(title);
        // the proposals part counts the demo's proposals: leave none of ours behind
        jdbc.sql("delete from proposal where title = ?").param(title).update();
    }

    @Test
    void attendanceWaitsUntilTheSessionBegan() throws Exception {
        long id = fx.createSession(fx.freeWeekday(400));
        mvc.perform(post(PATH + "/bijeenkomsten/" + id + "/aanwezigheid").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from leertafel_session where id = ?").param(id).query(String.class).single())
                .isEqualTo("GEPLAND");
    }

    @Test
    void outsidersFindNoLeertafelAndAreAuditedAsDenied() throws Exception {
        long id = jdbc.sql("select min(id) from leertafel_session where region_slug = 'tilburg'").query(Long.class).single();
        String stranger = LeertafelFixtures.newLeertafelUser(users);
        for (String outsider : List.of("verwijzer-tilburg", "deelnemer-tilburg", "beleid-tilburg", "privacy-tilburg",
                "coordinator-amsterdam", "leertafel-utrecht", "voorzitter-amsterdam", "beheerder", stranger)) {
            MockHttpSession session = fx.login(outsider);
            for (String path : List.of(PATH, PATH + "/leden", PATH + "/bijeenkomsten", PATH + "/bijeenkomsten/" + id)) {
                int status = mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
                assertThat(status).as(outsider + " " + path).isIn(403, 404);
            }
            assertThat(mvc.perform(get("/leertafels").session(session)).andReturn().getResponse().getStatus())
                    .as(outsider + " /leertafels").isIn(403, 404);
        }
        assertThat(audited("LEERTAFEL_BIJEENKOMST_BEKEKEN", stranger, "DENIED")).isPositive();
    }

    @Test
    void anIdOfNoSessionOrATableThatIsNoLeertafelIsNotFound() throws Exception {
        mvc.perform(get(PATH + "/bijeenkomsten/999999999").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/leertafels/tilburg/actietafel").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(get("/leertafels/utrecht/leertafel").session(coordinator)).andExpect(status().isNotFound());
        mvc.perform(post(PATH + "/bijeenkomsten/999999999/annuleren").session(coordinator).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theNavigationLeadsMembersToTheSessionsAndCoordinatorsToTheLeertafel() throws Exception {
        assertThat(page(fx.login("leertafel-tilburg"), "/")).contains("href=\"" + PATH + "/bijeenkomsten\"");
        assertThat(page(coordinator, "/")).contains("href=\"/leertafels\"");
        assertThat(page(fx.login("coordinator-utrecht"), "/")).doesNotContain("href=\"/leertafels\"");
        mvc.perform(get("/leertafels").session(coordinator)).andExpect(status().is3xxRedirection());
        assertThat(page(coordinator, PATH)).contains("Spreken van dezelfde taal.").contains("Volgende bijeenkomst");
        // the start page: a member learns when the next session is, the coordinator what still waits for invitations
        assertThat(page(fx.login("leertafel-tilburg"), "/")).contains("data-task=\"/leertafels\"")
                .contains("De volgende bijeenkomst is");
        assertThat(page(coordinator, "/")).contains("data-task=\"/leertafels\"").contains("uitgenodigd");
    }

    private void add(String username, String discipline, String sector) throws Exception {
        mvc.perform(post(PATH + "/leden").session(coordinator).with(csrf())
                .param("userId", String.valueOf(fx.userId(username))).param("discipline", discipline)
                .param("sector", sector)).andExpect(status().is3xxRedirection());
    }

    private void endMembership(String username) throws Exception {
        List<Long> ids = jdbc.sql("select m.id from leertafel_member m join app_user u on u.id = m.user_id "
                + "where u.username = ? and m.until is null").param(username).query(Long.class).list();
        for (long id : ids) {
            mvc.perform(post(PATH + "/leden/" + id + "/beeindigen").session(coordinator).with(csrf()))
                    .andExpect(status().is3xxRedirection());
        }
    }

    private void other(long sessionId, String title, int minutes) throws Exception {
        mvc.perform(post(PATH + "/bijeenkomsten/" + sessionId + "/agenda").session(coordinator).with(csrf())
                .param("kind", "OVERIG").param("title", title).param("minutes", String.valueOf(minutes)))
                .andExpect(status().is3xxRedirection());
    }

    private void moveTo(long sessionId, LocalDate day) throws Exception {
        mvc.perform(post(PATH + "/bijeenkomsten/" + sessionId + "/verzetten").session(coordinator).with(csrf())
                .param("date", day.toString()).param("timeFrom", "15:00").param("timeUntil", "16:30")
                .param("location", "Zaal 5")).andExpect(status().is3xxRedirection());
    }

    private List<String> titles(long sessionId) {
        return jdbc.sql("select title from leertafel_agenda_item where session_id = ? order by position")
                .param(sessionId).query(String.class).list();
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private long audited(String action, String actor, String outcome) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor = ? and outcome = ?")
                .params(action, actor, outcome).query(Long.class).single();
    }

    private long currentMembers() {
        return count("select count(*) from leertafel_member where region_slug = 'tilburg' and table_code = 'leertafel' "
                + "and until is null");
    }
}
