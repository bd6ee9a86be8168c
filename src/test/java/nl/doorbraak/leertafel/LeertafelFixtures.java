package nl.doorbraak.leertafel;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Tilburg's leertafel as the demo seats it, and what the leertafel tests add to it: sessions, users, cases. */
public record LeertafelFixtures(MockMvc mvc, JdbcClient jdbc) {

    public static final String PATH = "/leertafels/tilburg/leertafel";

    public MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** A new LEERTAFEL user of Tilburg who is no member (demo accounts exist in tests: the test profile is a demo). */
    public static String newLeertafelUser(UserDirectory users) {
        String username = "leertafel-tilburg-test-" + UUID.randomUUID().toString().substring(0, 8);
        users.ensureDemoAccount(username, "Testlid " + username.substring(username.length() - 8), null, "tilburg",
                Role.LEERTAFEL);
        return username;
    }

    /** A weekday far ahead without a session of the table, so tests never meet each other's sessions. */
    public LocalDate freeWeekday(int minDaysAhead) {
        while (true) {
            LocalDate day = LocalDate.now().plusDays(minDaysAhead + ThreadLocalRandom.current().nextInt(1500));
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                    && jdbc.sql("select count(*) from leertafel_session where region_slug = 'tilburg' "
                    + "and starts_at::date = ? and status <> 'GEANNULEERD'").param(day).query(Long.class).single() == 0) {
                return day;
            }
        }
    }

    /** A session created by coordinator-tilburg through the page, chaired by voorzitter-tilburg. */
    public long createSession(LocalDate day) throws Exception {
        String location = mvc.perform(post(PATH + "/bijeenkomsten").session(login("coordinator-tilburg")).with(csrf())
                .param("date", day.toString()).param("timeFrom", "15:00").param("timeUntil", "16:30")
                .param("location", "Stadskantoor, zaal 3").param("chairUserId", String.valueOf(userId("voorzitter-tilburg"))))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A session that began in the past, written directly (the page only plans sessions from today on). */
    public long pastSession(int daysAgo) {
        LocalDateTime start = LocalDate.now().minusDays(daysAgo).atTime(15, 0);
        while (jdbc.sql("select count(*) from leertafel_session where region_slug = 'tilburg' and starts_at::date = ? "
                + "and status <> 'GEANNULEERD'").param(start.toLocalDate()).query(Long.class).single() > 0) {
            start = start.minusDays(1);
        }
        return jdbc.sql("""
                insert into leertafel_session (region_slug, table_code, starts_at, ends_at, location, chair_user_id,
                    created_by, created_at)
                values ('tilburg', 'leertafel', ?, ?, 'Zaal 1', ?, ?, now()) returning id""")
                .params(start, start.plusMinutes(90), userId("voorzitter-tilburg"), userId("coordinator-tilburg"))
                .query(Long.class).single();
    }

    /** A submitted anonymous case of the table, written directly (the cases part owns the form that writes them). */
    public long submittedCase(String title) {
        return jdbc.sql("""
                insert into leertafel_case (region_slug, table_code, status, origin, author_user_id, title, age_band,
                    school_type, sector, out_of_school_band, process_band, situation, question, created_at, updated_at,
                    submitted_at)
                values ('tilburg', 'leertafel', 'INGEDIEND', 'LID', ?, ?, '12-15', 'VO', 'VO', '3_6_MAANDEN',
                    '6_12_MAANDEN', 'Een leerling zit thuis na de overstap.', 'Wat kan de school anders doen?', now(),
                    now(), now()) returning id""").params(userId("leertafel-tilburg"), title).query(Long.class).single();
    }
}
