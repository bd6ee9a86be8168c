package nl.doorbraak.themes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The public API on real PostgreSQL: the start list in every region, tags on leertafel cases, the quarterly counts. */
@SpringBootTest
@ActiveProfiles("test")
class ThemeApiTest {

    @Autowired ThemeCatalog catalog;
    @Autowired ThemeTagging tagging;
    @Autowired ThemeTrends trends;
    @Autowired JdbcClient jdbc;
    @Autowired nl.doorbraak.region.Werkwijzen werkwijzen;

    @Test
    void seedsTheStartListInEveryRegion() {
        // the regions of the werkwijzen: other tests add bare rows to table region, which no start seeds
        for (String region : werkwijzen.all().stream().map(nl.doorbraak.region.Werkwijze::slug).toList()) {
            assertThat(catalog.allOf(region).stream().map(Theme::code)).as(region)
                    .contains("wachtlijst-jeugdhulp", "geen-passende-plek", "overgang-po-vo", "anders");
            assertThat(catalog.allOf(region).get(0).name()).isEqualTo("Wachtlijst jeugdhulp");
        }
    }

    @Test
    void demoTagsEveryRegionsCaseThatHasAFinalisedVerslagOnADayInThePast() {
        for (String region : List.of("tilburg", "utrecht")) {
            List<LocalDate> days = jdbc.sql("""
                    select g.occurred_on from theme_tag g join theme t on t.id = g.theme_id join case_file c on c.id = g.case_id
                    where t.region_slug = ? and c.region_slug = t.region_slug""").param(region).query(LocalDate.class).list();
            assertThat(days).as(region).isNotEmpty().allMatch(day -> !day.isAfter(LocalDate.now()));
        }
    }

    @Test
    void replacesALeertafelCasesTagsAndIgnoresOtherRegionsAndInactiveThemes() {
        Theme own = newTheme("zuidoost-utrecht", true);
        Theme second = newTheme("zuidoost-utrecht", true);
        Theme inactive = newTheme("zuidoost-utrecht", false);
        Theme elsewhere = newTheme("utrecht", true);
        long leertafelCase = leertafelCase("zuidoost-utrecht");
        CurrentUser by = user("leertafel-zuidoost-utrecht");

        tagging.tagLeertafelCase(leertafelCase, "zuidoost-utrecht", Set.of(own.id(), inactive.id(), elsewhere.id()),
                LocalDate.of(2026, 2, 1), by);
        assertThat(tagging.ofLeertafelCase(leertafelCase)).extracting(Theme::id).containsExactly(own.id());

        tagging.tagLeertafelCase(leertafelCase, "zuidoost-utrecht", Set.of(second.id()), LocalDate.of(2026, 2, 1), by);
        assertThat(tagging.ofLeertafelCase(leertafelCase)).extracting(Theme::id).containsExactly(second.id());
    }

    @Test
    void countsTagsPerQuarterAndHidesSmallCounts() {
        Theme theme = newTheme("amsterdam", true);
        CurrentUser by = user("leertafel-amsterdam");
        for (int i = 0; i < 6; i++) {
            tagging.tagLeertafelCase(leertafelCase("amsterdam"), "amsterdam", Set.of(theme.id()), LocalDate.of(2025, 5, 3), by);
        }
        for (int i = 0; i < 2; i++) {
            tagging.tagLeertafelCase(leertafelCase("amsterdam"), "amsterdam", Set.of(theme.id()), LocalDate.of(2025, 8, 30), by);
        }
        TrendTable table = trends.quarterly("amsterdam", YearMonth.of(2025, 4), YearMonth.of(2025, 12));
        assertThat(table.quarters()).extracting(Quarter::label).containsExactly("K2 2025", "K3 2025", "K4 2025");
        TrendRow row = table.rows().stream().filter(r -> r.theme().id() == theme.id()).findFirst().orElseThrow();
        assertThat(row.quarters()).extracting(c -> c.leertafel().label()).containsExactly("6", "< 5", "0");
        assertThat(row.quarters()).extracting(c -> c.total().label()).containsExactly("6", "< 5", "0");
        assertThat(row.period().leertafel().label()).isEqualTo("7\u201310");
    }

    private Theme newTheme(String region, boolean active) {
        String code = "test-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("insert into theme (region_slug, code, name, position, active) values (?, ?, ?, 999, ?) returning id")
                .params(region, code, "Thema " + code, active).query(Long.class).single();
        return catalog.find(id).orElseThrow();
    }

    private long leertafelCase(String region) {
        return jdbc.sql("""
                insert into leertafel_case (region_slug, table_code, origin, author_user_id, created_at, updated_at)
                values (?, 'leertafel', 'LID', (select id from app_user where username = 'coordinator-' || ?), now(), now())
                returning id""").params(region, region).query(Long.class).single();
    }

    private CurrentUser user(String username) {
        long id = jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
        return new CurrentUser(id, username, username, null, Set.of(), Set.of(Role.LEERTAFEL));
    }

    static List<Long> ids(List<Theme> themes) {
        return themes.stream().map(Theme::id).toList();
    }
}
