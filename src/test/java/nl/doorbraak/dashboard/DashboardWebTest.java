package nl.doorbraak.dashboard;

import static nl.doorbraak.dashboard.DashboardFixtures.today;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.doorbraak.common.Role;
import nl.doorbraak.dashboard.internal.Dashboards;
import nl.doorbraak.dashboard.internal.RegionDashboard;
import nl.doorbraak.dashboard.internal.Signal;
import nl.doorbraak.dashboard.internal.SignalPage;
import nl.doorbraak.dashboard.internal.SignalRow;
import nl.doorbraak.identity.CurrentUser;
import nl.doorbraak.identity.UserDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The dashboard's numbers grow by exactly the cases made here (other tests share the database, so the test compares
 * before and after), and each list holds exactly the cases its number counts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DashboardWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired Dashboards dashboards;
    @Autowired UserDirectory users;

    MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    CurrentUser coordinator() {
        return users.asCurrentUser("coordinator-utrecht").orElseThrow();
    }

    Map<Signal, Long> numbers() {
        return new EnumMap<>(dashboards.numbers(coordinator(), "utrecht").counts());
    }

    Set<Long> listed(Signal signal) {
        List<Long> ids = new ArrayList<>();
        SignalPage page;
        int number = 0;
        do {
            page = dashboards.list(coordinator(), "utrecht", signal, number++);
            page.rows().stream().map(SignalRow::caseId).forEach(ids::add);
        } while (page.hasNext());
        assertThat(ids).as("list " + signal + " matches its number").hasSize((int) page.total()).doesNotHaveDuplicates();
        return Set.copyOf(ids);
    }

    @Test
    void numbersGrowByExactlyTheMatchingCasesAndEachListHoldsThem() throws Exception {
        DashboardFixtures fx = new DashboardFixtures(jdbc);
        Map<Signal, Long> before = numbers();

        // waits for its table three days after the promised date
        long late = fx.insertCase("AANGEMELD", 20, today().minusDays(3), 4);
        // first table after the promise, quiet for 25 days, home for 120 days, one overdue agreement
        long troubled = fx.insertCase("IN_UITVOERING", 120, today().minusDays(30), 32);
        fx.tableHeld(troubled, 25);
        fx.agreement(troubled, "OPEN", today().minusDays(2));
        fx.agreement(troubled, "GEDAAN", today().minusDays(5));
        fx.agreement(troubled, "OPEN", today().plusDays(5));
        // table before the promise, recent activity, agreement not yet due
        long fine = fx.insertCase("IN_UITVOERING", 60, today().minusDays(30), 33);
        fx.tableHeld(fine, 31);
        fx.event(fine, "DOSSIER_VERSTUURD", 1, "3");
        fx.agreement(fine, "OPEN", today().plusDays(3));
        // closed with an aanbod ten days ago, and one closed for another reason
        long placed = fx.insertCase("AFGESLOTEN", 200, null, 100);
        fx.closed(placed, "PASSEND_AANBOD", 10);
        long moved = fx.insertCase("AFGESLOTEN", 200, null, 100);
        fx.closed(moved, "ANDERE_REDEN", 10);
        // stopped before its table: a promise no longer owed
        long stopped = fx.insertCase("GESTOPT", 150, today().minusDays(5), 8);

        Map<Signal, Long> after = numbers();
        Map<Signal, Long> growth = new EnumMap<>(Signal.class);
        after.forEach((signal, count) -> growth.put(signal, count - before.getOrDefault(signal, 0L)));
        assertThat(growth).containsEntry(Signal.AANGEMELD, 1L).containsEntry(Signal.IN_VOOROVERLEG, 0L)
                .containsEntry(Signal.TOEGELATEN, 0L).containsEntry(Signal.GEPLAND, 0L)
                .containsEntry(Signal.IN_UITVOERING, 2L).containsEntry(Signal.PASSEND_AANBOD, 1L)
                .containsEntry(Signal.BELOFTE_GEBROKEN, 2L).containsEntry(Signal.AFSPRAKEN_TE_LAAT, 1L)
                .containsEntry(Signal.STIL, 1L).containsEntry(Signal.LANG_THUIS, 1L);

        assertListed(Signal.BELOFTE_GEBROKEN, Set.of(late, troubled), Set.of(fine, placed, moved, stopped));
        assertListed(Signal.AFSPRAKEN_TE_LAAT, Set.of(troubled), Set.of(late, fine, placed, moved, stopped));
        assertListed(Signal.STIL, Set.of(troubled), Set.of(late, fine, placed, moved, stopped));
        assertListed(Signal.LANG_THUIS, Set.of(troubled), Set.of(late, fine, placed, moved, stopped));
        assertListed(Signal.PASSEND_AANBOD, Set.of(placed), Set.of(late, troubled, fine, moved, stopped));
        assertListed(Signal.IN_UITVOERING, Set.of(troubled, fine), Set.of(late, placed, moved, stopped));
        assertListed(Signal.AANGEMELD, Set.of(late), Set.of(troubled, fine, placed, moved, stopped));

        SignalRow agreementRow = dashboards.list(coordinator(), "utrecht", Signal.AFSPRAKEN_TE_LAAT, 0).rows().stream()
                .filter(r -> r.caseId() == troubled).findFirst().orElseThrow();
        assertThat(agreementRow.signalDate()).isEqualTo(today().minusDays(2));
        assertThat(agreementRow.signalNumber()).isEqualTo(1L);
    }

    @Test
    void aPossibleDuplicateIsListedForEachRegionsOwnCaseUntilSomeoneDecides() throws Exception {
        DashboardFixtures fx = new DashboardFixtures(jdbc);
        long utrecht = fx.insertCase("AANGEMELD", 20, null, 1);
        long amsterdam = fx.insertCase("IN_UITVOERING", 60, null, 40);
        jdbc.sql("update case_file set region_slug = 'amsterdam' where id = ?").param(amsterdam).update();
        long pair = jdbc.sql("""
                insert into case_possible_duplicate (case_id, match_case_id, found_at) values (?, ?, now())
                returning id""").params(utrecht, amsterdam).query(Long.class).single();
        CurrentUser amsterdamCoordinator = users.asCurrentUser("coordinator-amsterdam").orElseThrow();

        assertListed(Signal.MOGELIJK_DUBBEL, Set.of(utrecht), Set.of(amsterdam));
        assertThat(dashboards.list(amsterdamCoordinator, "amsterdam", Signal.MOGELIJK_DUBBEL, 0).rows())
                .extracting(SignalRow::caseId).contains(amsterdam).doesNotContain(utrecht);
        SignalRow row = dashboards.list(coordinator(), "utrecht", Signal.MOGELIJK_DUBBEL, 0).rows().stream()
                .filter(r -> r.caseId() == utrecht).findFirst().orElseThrow();
        assertThat(row.signalDate()).isEqualTo(today());
        assertThat(row.signalNumber()).isEqualTo(1L);
        mvc.perform(get("/overzicht/mogelijk-dubbel").param("regio", "utrecht").session(login("coordinator-utrecht")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Mogelijk dubbel aangemeld")));

        jdbc.sql("update case_possible_duplicate set decision = 'NIET_DEZELFDE', decided_by = ?, decided_at = now() "
                + "where id = ?").params(fx.userId("coordinator-utrecht"), pair).update();
        assertListed(Signal.MOGELIJK_DUBBEL, Set.of(), Set.of(utrecht, amsterdam));
    }

    void assertListed(Signal signal, Set<Long> in, Set<Long> out) {
        Set<Long> listed = listed(signal);
        assertThat(listed).as(signal + " lists").containsAll(in).doesNotContainAnyElementsOf(out);
    }

    @Test
    void theOverviewLinksEveryNumberToItsListWhichIsAudited() throws Exception {
        MockHttpSession coordinator = login("coordinator-utrecht");
        String page = mvc.perform(get("/overzicht").session(coordinator)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        for (Signal signal : Signal.values()) {
            assertThat(page).contains("/overzicht/" + signal.slug() + "?regio=utrecht");
        }
        assertThat(page).doesNotContain("pschal");
        mvc.perform(get("/overzicht/stil").param("regio", "utrecht").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("14 dagen")));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUSLIJST_BEKEKEN' "
                + "and actor = 'coordinator-utrecht' and details = 'overzicht stil utrecht'").query(Integer.class).single())
                .isPositive();
    }

    @Test
    void aCoordinatorOfSeveralRegionsPicksOneAndStartsWithTheFirst() {
        long id = jdbc.sql("select id from app_user where username = 'coordinator-utrecht'").query(Long.class).single();
        CurrentUser both = new CurrentUser(id, "coordinator-utrecht", "Coordinator", null, Set.of("utrecht", "amsterdam"),
                Set.of(Role.COORDINATOR));
        RegionDashboard first = dashboards.numbers(both, null);
        assertThat(first.regionSlug()).isEqualTo("amsterdam");
        assertThat(first.regions()).extracting(RegionDashboard.RegionChoice::slug).containsExactly("amsterdam", "utrecht");
        assertThat(dashboards.numbers(both, "utrecht").regionSlug()).isEqualTo("utrecht");
    }

    @Test
    void onlyTheRegionsCoordinatorsSeeIt() throws Exception {
        mvc.perform(get("/overzicht").session(login("verwijzer-utrecht"))).andExpect(status().isForbidden());
        mvc.perform(get("/overzicht/stil").param("regio", "utrecht").session(login("voorzitter-utrecht")))
                .andExpect(status().isForbidden());
        MockHttpSession amsterdam = login("coordinator-amsterdam");
        mvc.perform(get("/overzicht").param("regio", "utrecht").session(amsterdam)).andExpect(status().isNotFound());
        mvc.perform(get("/overzicht/stil").param("regio", "utrecht").session(amsterdam)).andExpect(status().isNotFound());
        mvc.perform(get("/overzicht/bestaat-niet").session(amsterdam)).andExpect(status().isNotFound());
        mvc.perform(get("/overzicht").session(amsterdam)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Amsterdam")));
    }
}
