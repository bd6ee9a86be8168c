package nl.doorbraak.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** The demo never puts a meeting on a Saturday or Sunday. */
@SpringBootTest
@ActiveProfiles("test")
class DemoMeetingWeekdaysTest {

    @Autowired JdbcClient jdbc;

    @Test
    void demoMeetingsFallOnWeekdays() {
        List<LocalDate> demoDays = jdbc.sql("""
                select distinct m.starts_at::date from meeting m join agenda_item i on i.meeting_id = m.id
                join app_user u on u.id = i.created_by where m.location = 'Wijkcentrum De Brug (demo)'""")
                .query(LocalDate.class).list();
        assertThat(demoDays).isNotEmpty().allSatisfy(day -> assertThat(day.getDayOfWeek())
                .isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void aWeekendDayMovesToTheNearestWeekdayInTheGivenDirection() {
        LocalDate saturday = LocalDate.of(2026, 12, 5);
        LocalDate sunday = saturday.plusDays(1);
        assertThat(Weekdays.onOrAfter(saturday)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Weekdays.onOrAfter(sunday)).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(Weekdays.onOrBefore(saturday)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Weekdays.onOrBefore(sunday)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(Weekdays.onOrAfter(LocalDate.of(2026, 12, 2))).isEqualTo(LocalDate.of(2026, 12, 2));
    }
}
