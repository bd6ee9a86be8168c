package nl.doorbraak.leertafel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo's leertafelcasussen at Tilburg: the two offered from closed cases, each with no link back. */
@SpringBootTest
@ActiveProfiles("test")
class LeertafelCaseDemoTest {

    @Autowired JdbcClient jdbc;

    @Test
    void offersTwoClosedTilburgCasesToTheLeertafel() {
        assertThat(jdbc.sql("""
                select count(*) from leertafel_case where region_slug = 'tilburg' and origin = 'AFGESLOTEN_CASUS'
                  and status = 'INGEDIEND'""").query(Integer.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("""
                select count(*) from case_event e join case_file c on c.id = e.case_id
                where c.region_slug = 'tilburg' and e.type = 'AANGEBODEN_AAN_LEERTAFEL'""").query(Integer.class)
                .single()).isGreaterThanOrEqualTo(2);
        // the agenda query the demo uses for the coming session is valid SQL
        assertThat(jdbc.sql("""
                select count(*) from leertafel_session where region_slug = 'tilburg' and status = 'GEPLAND'
                  and starts_at > now() at time zone 'Europe/Amsterdam'""").query(Integer.class).single())
                .isNotNegative();
    }
}
