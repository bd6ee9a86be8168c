package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The search runs against every case of the user's regions at national volume: a name part must be a trigram index
 * lookup and a date of birth a btree lookup. The test database is small, so the planner is told to avoid a
 * sequential scan; the plan shows the index is usable for the search's conditions.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseSearchQueryTest {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    /**
     * The plan of the search's own conditions: the scope condition is left out, since on a test database of a few
     * dozen cases the planner rightly starts from the region index ({@code CaseListBenchmark} prints the plan of the
     * whole statement at volume).
     */
    String plan(CaseSearchTerm term) {
        Map<String, Object> params = new HashMap<>(Map.of("today", LocalDate.now(), "limit", 25, "offset", 0L));
        String where = " where " + String.join(" and ", CaseListQuery.searchConditions(term, params));
        return new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            // nor walk the primary key backwards for the order: a few dozen rows make that look cheapest
            jdbc.sql("set local enable_indexscan = off").update();
            return String.join("\n", jdbc.sql("explain " + CaseListQuery.pageSql(where)).params(params)
                    .query(String.class).list());
        });
    }

    @Test
    void findsPartOfANameThroughTheTrigramIndexOnTheFoldedName() {
        assertThat(plan(CaseSearchTerm.parse("janss"))).contains("case_file_youth_name_search_idx");
    }

    @Test
    void findsADateOfBirthThroughItsIndex() {
        assertThat(plan(CaseSearchTerm.parse("12-03-2012"))).contains("case_file_birth_date_idx");
    }

    @Test
    void foldsAccentsAndCapitalsTheSameWayForTheNameAndTheTerm() {
        assertThat(jdbc.sql("select doorbraak_fold('Émile Zoë Öztürk-ŁUKASZ Çelik')").query(String.class).single())
                .isEqualTo("emile zoe ozturk-lukasz celik");
    }

    @Test
    void takesTheWildcardsSomeoneTypesLiterally() {
        assertThat(CaseSearchTerm.parse("an%ne_").likeSafeNameParts()).isEqualTo(List.of("an\\%ne\\_"));
    }
}
