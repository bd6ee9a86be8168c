package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.casefile.ReferralFormFields;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class StartPageWebTest {

    private static final Pattern TILE = Pattern.compile("data-task=\"([^\"]+)\"");
    private static final Pattern COUNT = Pattern.compile("data-count=\"(\\d+)\"");
    private static final Pattern CASES = Pattern.compile(">(\\d+) casus(?:sen)?</a>");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void eachRoleSeesTheTilesOfItsOwnMainTasksInOrder() throws Exception {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("coordinator-utrecht", List.of("/vooroverleg", "/planning", "/overzicht", "/casussen",
                "/aanmeldingen/nieuw", "/help"));
        expected.put("voorzitter-utrecht", List.of("/verslagen", "/casussen", "/help"));
        expected.put("verwijzer-utrecht", List.of("/mijn-casussen", "/aanmeldingen/nieuw", "/help"));
        expected.put("deelnemer-utrecht", List.of("/mijn-overleggen", "/afspraken", "/mijn-casussen", "/help"));
        expected.put("beheerder", List.of("/beheer/gebruikers", "/beheer/organisaties", "/beheer/regios",
                "/beheer/uitgaande-mail", "/help"));
        expected.put("privacy-utrecht", List.of("/audit", "/audit/rechten", "/help"));
        expected.put("leertafel-utrecht", List.of("/help"));
        expected.put("beleid-utrecht", List.of("/help"));

        for (Map.Entry<String, List<String>> role : expected.entrySet()) {
            String page = startPage(role.getKey());
            assertThat(tiles(page)).as(role.getKey()).containsExactlyElementsOf(role.getValue());
            assertThat(page).as(role.getKey()).doesNotContain("??");
        }
        assertThat(startPage("leertafel-utrecht")).contains("Voor uw rol zijn er nog geen eigen taken");
        assertThat(startPage("coordinator-utrecht")).doesNotContain("nog geen eigen taken");
    }

    @Test
    void tilesWithACountSayHowMuchWaitsInWords() throws Exception {
        String chair = startPage("voorzitter-utrecht");
        assertThat(counts(chair, "/verslagen")).hasSize(2);
        assertThat(tile(chair, "/verslagen")).containsPattern("(vergadering|vergaderingen) gepland")
                .containsPattern("(vast te stellen|nog vaststellen)");
        assertThat(counts(startPage("beheerder"), "/beheer/gebruikers")).isEmpty();
    }

    @Test
    void theVooroverlegCountHoldsOnlyTheReferralsTheCoordinatorReaches() throws Exception {
        long overall = single(startPage("coordinator-zuidoost-utrecht"), "/vooroverleg");
        long po = single(startPage("coordinator-po-zuidoost-utrecht"), "/vooroverleg");
        long vo = single(startPage("coordinator-vo-zuidoost-utrecht"), "/vooroverleg");
        long referrals = single(startPage("verwijzer-zuidoost-utrecht"), "/mijn-casussen");

        submit("zuidoost-utrecht", "Zeist", "VO", "verwijzer-zuidoost-utrecht");

        assertThat(single(startPage("coordinator-zuidoost-utrecht"), "/vooroverleg")).isEqualTo(overall + 1);
        assertThat(single(startPage("coordinator-vo-zuidoost-utrecht"), "/vooroverleg")).isEqualTo(vo + 1);
        assertThat(single(startPage("coordinator-po-zuidoost-utrecht"), "/vooroverleg")).isEqualTo(po);
        assertThat(single(startPage("verwijzer-zuidoost-utrecht"), "/mijn-casussen")).isEqualTo(referrals + 1);
    }

    @Test
    void thePlanningCountHoldsAdmittedCasesUntilTheyArePlanned() throws Exception {
        long before = single(startPage("coordinator-utrecht"), "/planning");
        long caseId = submit("utrecht", "Utrecht", "VO", "verwijzer-utrecht");
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post("/vooroverleg/" + caseId).session(coordinator).with(csrf()).param("conditionHolds", "true")
                .param("choice", "TOELATEN").param("reason", "Voldoet.")).andExpect(status().is3xxRedirection());

        assertThat(single(startPage("coordinator-utrecht"), "/planning")).isEqualTo(before + 1);

        mvc.perform(post("/planning/casussen/" + caseId).session(coordinator).with(csrf()).param("tableCode", "actietafel")
                .param("date", LocalDate.now().plusDays(30 + (caseId % 200)).toString()).param("slotStart", "09:00")
                .param("slotEnd", "10:00")).andExpect(status().is3xxRedirection());
        assertThat(single(startPage("coordinator-utrecht"), "/planning")).isEqualTo(before);
    }

    @Test
    void theOverviewCountIsTheSumOfTheDashboardsAttentionNumbers() throws Exception {
        for (String coordinator : List.of("coordinator-utrecht", "coordinator-po-zuidoost-utrecht")) {
            String dashboard = mvc.perform(get("/overzicht").session(login(coordinator))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
            String attention = dashboard.substring(dashboard.indexOf("Aandacht nodig"));
            long sum = 0;
            for (Matcher m = CASES.matcher(attention); m.find(); ) {
                sum += Long.parseLong(m.group(1));
            }
            assertThat(single(startPage(coordinator), "/overzicht")).as(coordinator).isEqualTo(sum);
        }
    }

    @Test
    void theChairCountsUpcomingMeetingsAndTheVerslagenOfHeldMeetingsStillToFinalise() throws Exception {
        String chair = freshUser("VOORZITTER", "utrecht");
        VerslagFixtures fixtures = new VerslagFixtures(mvc, jdbc);
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        jdbc.sql("update meeting set chair_user_id = ? where id = (select meeting_id from agenda_item where id = ?)")
                .params(fixtures.userId(chair), item).update();
        assertThat(counts(startPage(chair), "/verslagen")).containsExactly(1L, 0L);

        VerslagFixtures.meetingOn(jdbc, item, freeUtrechtDayOfTheLastWeeks());
        long others = otherItemsWithoutFinalVerslag(item);
        assertThat(counts(startPage(chair), "/verslagen")).containsExactly(0L, others + 1);

        long verslag = fixtures.completeDraftBeforeTheMeeting(item);
        assertThat(counts(startPage(chair), "/verslagen")).containsExactly(0L, others + 1);
        finalised(verslag);
        assertThat(counts(startPage(chair), "/verslagen")).containsExactly(0L, others);
    }

    @Test
    void aParticipantCountsTheirNextMeetingsAndTheOpenAgreementsOfCasesTheyStillSee() throws Exception {
        List<Long> before = List.of(single(startPage("deelnemer-utrecht"), "/mijn-overleggen"),
                single(startPage("deelnemer-utrecht"), "/afspraken"));
        VerslagFixtures fixtures = new VerslagFixtures(mvc, jdbc);
        long item = fixtures.plannedItem(VerslagFixtures.uniqueYouth());
        assertThat(single(startPage("deelnemer-utrecht"), "/mijn-overleggen")).isEqualTo(before.get(0) + 1);

        finalised(fixtures.completeDraftBeforeTheMeeting(item));
        assertThat(single(startPage("deelnemer-utrecht"), "/afspraken")).isEqualTo(before.get(1) + 1);

        jdbc.sql("delete from case_participant where case_id = ? and user_id = ?")
                .params(fixtures.caseOf(item), fixtures.userId("deelnemer-utrecht")).update();
        assertThat(single(startPage("deelnemer-utrecht"), "/afspraken")).isEqualTo(before.get(1));
    }

    @Test
    void theCountsReadNoCaseSoTheStartPageWritesNoCaseAudit() throws Exception {
        MockHttpSession session = login("coordinator-utrecht");
        long before = caseAudits("coordinator-utrecht");
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
        assertThat(caseAudits("coordinator-utrecht")).isEqualTo(before);
    }

    private long caseAudits(String actor) {
        return jdbc.sql("select count(*) from audit_log where actor = ? and object_type = 'CASUS'").param(actor)
                .query(Long.class).single();
    }

    /** The meeting may already have had cases when the fixture planned onto its day. */
    private long otherItemsWithoutFinalVerslag(long item) {
        return jdbc.sql("""
                select count(*) from agenda_item i where i.meeting_id = (select meeting_id from agenda_item where id = ?)
                and i.id <> ? and not exists (select 1 from verslag v where v.agenda_item_id = i.id
                                              and v.status = 'VASTGESTELD')""")
                .params(item, item).query(Long.class).single();
    }

    private void finalised(long verslag) {
        jdbc.sql("update verslag set status = 'VASTGESTELD', latest_version = 1 where id = ?").param(verslag).update();
    }

    /** A day of the last weeks on which Utrecht's actietafel has no meeting, so a meeting can move there. */
    private LocalDate freeUtrechtDayOfTheLastWeeks() {
        return jdbc.sql("""
                select d::date from generate_series(current_date - 50, current_date - 2, interval '1 day') d
                where not exists (select 1 from meeting m where m.region_slug = 'utrecht' and m.table_code = 'actietafel'
                                  and m.status = 'PLANNED' and m.starts_at::date = d::date)
                order by d desc limit 1""").query(LocalDate.class).single();
    }

    private String freshUser(String role, String region) {
        String username = "start-" + role.toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash)
                values (?, ?, ?, ?) returning id""")
                .params(username, "Test " + username, username + "@test.example", encoder.encode("demo"))
                .query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, ?)").params(id, role).update();
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, ?)").params(id, region).update();
        return username;
    }

    private long submit(String region, String municipality, String sector, String referrer) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(
                "Startkind " + UUID.randomUUID().toString().substring(0, 8), region, municipality, LocalDate.now()));
        f.put("actie", "indienen");
        f.put("sector", sector);
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login(referrer)).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    private String startPage(String username) throws Exception {
        return mvc.perform(get("/").session(login(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    private static List<String> tiles(String page) {
        List<String> paths = new ArrayList<>();
        for (Matcher m = TILE.matcher(page); m.find(); ) {
            paths.add(m.group(1));
        }
        return paths;
    }

    /** The tile's html, from its start to the next tile or the end of the list. */
    private static String tile(String page, String path) {
        int start = page.indexOf("data-task=\"" + path + "\"");
        assertThat(start).as("tile " + path).isNotNegative();
        int next = page.indexOf("data-task=", start + 1);
        return page.substring(start, next < 0 ? page.indexOf("</section>", start) : next);
    }

    private static List<Long> counts(String page, String path) {
        List<Long> counts = new ArrayList<>();
        for (Matcher m = COUNT.matcher(tile(page, path)); m.find(); ) {
            counts.add(Long.parseLong(m.group(1)));
        }
        return counts;
    }

    private static long single(String page, String path) {
        List<Long> counts = counts(page, path);
        assertThat(counts).as(path).hasSize(1);
        return counts.get(0);
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }
}
