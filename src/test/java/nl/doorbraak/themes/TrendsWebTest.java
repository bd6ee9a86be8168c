package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The trends page and its CSV on real PostgreSQL: small counts hidden in table, chart and download; reads audited. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TrendsWebTest {

    static final String TRENDS = "/leertafels/tilburg/leertafel/trends";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired ThemeTagging tagging;

    MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    @Test
    void showsATableAndAnAccessibleChartWithSmallCountsHidden() throws Exception {
        String name = "Trendthema " + UUID.randomUUID().toString().substring(0, 6);
        long theme = jdbc.sql("insert into theme (region_slug, code, name, position) values ('tilburg', ?, ?, 900) returning id")
                .params("trend-" + UUID.randomUUID().toString().substring(0, 8), name).query(Long.class).single();
        LocalDate lastQuarter = LocalDate.now().withDayOfMonth(1).minusMonths(3);
        tag(theme, 7, lastQuarter);
        tag(theme, 2, LocalDate.now());

        String page = mvc.perform(get(TRENDS).session(login("beleid-tilburg"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("role=\"img\"")))
                .andExpect(content().string(containsString("<title id=\"trend-chart-title\">")))
                .andExpect(content().string(containsString("<desc id=\"trend-chart-desc\">")))
                .andExpect(content().string(containsString(name)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("&lt; 5").contains(">7<");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'TRENDS_BEKEKEN' and actor = 'beleid-tilburg' and outcome = 'SUCCESS'")
                .query(Integer.class).single()).isPositive();

        String csv = mvc.perform(get(TRENDS + ".csv").param("kwartalen", "4").session(login("leertafel-tilburg")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("trends-tilburg-leertafel.csv")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String line = csv.lines().filter(l -> l.startsWith(name)).findFirst().orElseThrow();
        assertThat(line).contains(";7;0;7;").contains(";< 5;0;< 5;").endsWith(";8\u201311;0;8\u201311");
    }

    @Test
    void showsPolicyStaffAndLeertafelUsersATrendsTileOnTheStartPage() throws Exception {
        for (String user : new String[] {"beleid-tilburg", "leertafel-tilburg"}) {
            mvc.perform(get("/").session(login(user))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("href=\"" + TRENDS + "\"")))
                    .andExpect(content().string(containsString("Trends van de knelpunten")));
        }
    }

    @Test
    void hidesTheTrendsFromOtherRegionsAndRoles() throws Exception {
        for (String user : new String[] {"beleid-utrecht", "coordinator-amsterdam", "verwijzer-tilburg", "deelnemer-tilburg"}) {
            mvc.perform(get(TRENDS).session(login(user))).andExpect(status().isNotFound());
            mvc.perform(get(TRENDS + ".csv").session(login(user))).andExpect(status().isNotFound());
            assertThat(jdbc.sql("select count(*) from audit_log where action = 'TRENDS_BEKEKEN' and actor = ? and outcome = 'DENIED'")
                    .param(user).query(Integer.class).single()).as(user).isGreaterThanOrEqualTo(2);
        }
    }

    private void tag(long theme, int cases, LocalDate on) {
        long author = jdbc.sql("select id from app_user where username = 'leertafel-tilburg'").query(Long.class).single();
        CurrentUser by = new CurrentUser(author, "leertafel-tilburg", "Leertafel", null, Set.of("tilburg"), Set.of(Role.LEERTAFEL));
        for (int i = 0; i < cases; i++) {
            long id = jdbc.sql("""
                    insert into leertafel_case (region_slug, table_code, origin, author_user_id, created_at, updated_at)
                    values ('tilburg', 'leertafel', 'LID', ?, now(), now()) returning id""").param(author)
                    .query(Long.class).single();
            tagging.tagLeertafelCase(id, "tilburg", Set.of(theme), on, by);
        }
    }
}
