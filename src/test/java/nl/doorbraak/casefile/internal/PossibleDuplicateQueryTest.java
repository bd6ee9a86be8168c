package nl.doorbraak.casefile.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The duplicate check runs on every submission, against every case in the country: it must be an index lookup.
 * The test database is small, so the planner is told to avoid a sequential scan; the plan shows the index is usable.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PossibleDuplicateQueryTest {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void findsOpenCasesAboutTheSameYouthThroughTheYouthIndex() {
        String plan = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join("\n", jdbc.sql("explain " + PossibleDuplicateRepository.MATCH_SQL)
                    .param("name", "Kind").param("birth", LocalDate.of(2012, 1, 1)).param("except", 0L)
                    .param("limit", PossibleDuplicateRepository.MAX_MATCHES).query(String.class).list());
        });
        assertThat(plan).contains("case_file_youth_idx");
    }
}
