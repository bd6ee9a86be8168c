package nl.doorbraak.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import nl.doorbraak.region.Werkwijze;
import nl.doorbraak.region.Werkwijzen;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The werkwijze's dates are the starting set of a table's dates: seeded once on start, and seeding again (every
 * start) adds nothing, not even a date a coordinator moved away or cancelled.
 */
@SpringBootTest
@ActiveProfiles("test")
class TableDateSeederTest {

    private static final String REGION = "zuidoost-utrecht";

    @Autowired TableDateSeeder seeder;
    @Autowired Werkwijzen werkwijzen;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate transaction;

    @Test
    void theWerkwijzeDatesAreSeededOnceAndAMovedOrCancelledOneIsNotAddedAgain() {
        Werkwijze werkwijze = werkwijzen.get(REGION);
        List<LocalDate> fromWerkwijze = werkwijze.table("doorbraaktafel").orElseThrow().cadence().dates();
        assertThat(fromWerkwijze).hasSize(6);
        assertThat(seeded()).containsExactlyElementsOf(fromWerkwijze);
        assertThat(jdbc.sql("""
                select count(*) from table_date where region_slug = ? and werkwijze_day is not null
                and time_from = '13:00' and time_until = '15:00'""").param(REGION).query(Integer.class).single())
                .isEqualTo(6);

        LocalDate moved = fromWerkwijze.get(0);
        LocalDate cancelled = fromWerkwijze.get(1);
        jdbc.sql("update table_date set day = day + 1 where region_slug = ? and werkwijze_day = ?").params(REGION, moved)
                .update();
        jdbc.sql("update table_date set status = 'CANCELLED' where region_slug = ? and werkwijze_day = ?")
                .params(REGION, cancelled).update();
        try {
            assertThat(seedAgain(werkwijze)).isZero();
            assertThat(seedAgain(werkwijze)).isZero();
            assertThat(jdbc.sql("select count(*) from table_date where region_slug = ? and day = ?")
                    .params(REGION, moved).query(Integer.class).single()).isZero();
            assertThat(jdbc.sql("select count(*) from table_date where region_slug = ? and day = ? and status = 'PLANNED'")
                    .params(REGION, cancelled).query(Integer.class).single()).isZero();
            assertThat(seeded()).hasSize(6);
        } finally {
            jdbc.sql("update table_date set day = werkwijze_day, status = 'PLANNED' where region_slug = ? "
                    + "and werkwijze_day is not null").param(REGION).update();
        }
    }

    @Test
    void tablesThatDoNotMeetOnExplicitDatesGetNoTableDates() {
        assertThat(jdbc.sql("select count(*) from table_date where region_slug = 'utrecht'").query(Integer.class)
                .single()).isZero();
        assertThat(seedAgain(werkwijzen.get("utrecht"))).isZero();
    }

    private int seedAgain(Werkwijze werkwijze) {
        Integer added = transaction.execute(status -> seeder.seed(werkwijze));
        return added == null ? -1 : added;
    }

    private List<LocalDate> seeded() {
        return jdbc.sql("select werkwijze_day from table_date where region_slug = ? and werkwijze_day is not null "
                + "order by werkwijze_day").param(REGION).query(LocalDate.class).list();
    }
}
