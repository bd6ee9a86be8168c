package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import nl.doorbraak.casefile.ReferralFormFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Zuidoost Utrecht's doorbraaktafel, which meets on explicit dates: referrals, admission and table dates. */
public record TableDateFixtures(MockMvc mvc, JdbcClient jdbc) {

    public static final String REGION = "zuidoost-utrecht";
    public static final String TABLE = "doorbraaktafel";
    public static final String COORDINATOR = "coordinator-zuidoost-utrecht";

    public MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }

    public static String uniqueName() {
        return "Tafelkind " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A Zuidoost Utrecht referral, admitted by the region's coordinator; returns its id. */
    public long admitted(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(youth, REGION, "Zeist", LocalDate.now()));
        f.put("actie", "indienen");
        f.put("sector", "VO");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-" + REGION)).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/casussen/".length()));
        mvc.perform(post("/vooroverleg/" + id).session(login(COORDINATOR)).with(csrf()).param("conditionHolds", "true")
                .param("choice", "TOELATEN").param("reason", "Voldoet.")).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single())
                .isEqualTo("TOEGELATEN");
        return id;
    }

    MockHttpServletRequestBuilder addDate(MockHttpSession session, LocalDate day, String from, String until,
            String location) {
        return post("/planning/tafeldata/" + REGION).session(session).with(csrf()).param("tableCode", TABLE)
                .param("date", day.toString()).param("timeFrom", from).param("timeUntil", until)
                .param("location", location);
    }

    MockHttpServletRequestBuilder moveDate(MockHttpSession session, long dateId, LocalDate day, String from,
            String until, String location) {
        return post("/planning/tafeldatum/" + dateId).session(session).with(csrf()).param("date", day.toString())
                .param("timeFrom", from).param("timeUntil", until).param("location", location);
    }

    MockHttpServletRequestBuilder plan(MockHttpSession session, long caseId, LocalDate date, String from, String to) {
        return post("/planning/casussen/" + caseId).session(session).with(csrf()).param("tableCode", TABLE)
                .param("date", date.toString()).param("slotStart", from).param("slotEnd", to);
    }

    public Long dateOn(LocalDate day) {
        return jdbc.sql("select id from table_date where region_slug = ? and table_code = ? and day = ? order by id desc limit 1")
                .params(REGION, TABLE, day).query(Long.class).optional().orElse(null);
    }

    String statusOf(long dateId) {
        return jdbc.sql("select status from table_date where id = ?").param(dateId).query(String.class).single();
    }

    int audited(String action, String actor, Object objectId) {
        return jdbc.sql("select count(*) from audit_log where action = ? and actor = ? and object_id = ? and outcome = 'SUCCESS'")
                .params(action, actor, String.valueOf(objectId)).query(Integer.class).single();
    }

    /** A weekday far ahead with no meeting and no table date, so no other test shares it. */
    public LocalDate freeWeekday() {
        while (true) {
            LocalDate day = LocalDate.now().plusDays(3000 + ThreadLocalRandom.current().nextInt(20000));
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            boolean taken = jdbc.sql("""
                    select exists (select 1 from meeting where starts_at::date = :day)
                        or exists (select 1 from table_date where day = :day)""").param("day", day)
                    .query(Boolean.class).single();
            if (!weekend && !taken) {
                return day;
            }
        }
    }

    /** No planned date of the table from today on: its list has run out. */
    void runOut() {
        jdbc.sql("delete from table_date where region_slug = ? and table_code = ? and day >= current_date")
                .params(REGION, TABLE).update();
    }
}
