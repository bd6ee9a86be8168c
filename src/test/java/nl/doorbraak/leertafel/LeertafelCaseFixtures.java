package nl.doorbraak.leertafel;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.casefile.ReferralFormFields;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Tilburg's leertafel for tests: members, a chaired session, agenda items, and a closed case to offer. */
public final class LeertafelCaseFixtures {

    public static final String CASES = "/leertafels/tilburg/leertafel/casussen";
    static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    public LeertafelCaseFixtures(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    public MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    public long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    /** The user is a current member of Tilburg's leertafel (idempotent). */
    public void member(String username) {
        long id = userId(username);
        jdbc.sql("""
                insert into leertafel_member (region_slug, table_code, user_id, discipline, sector, since, added_by, added_at)
                select 'tilburg', 'leertafel', :user, 'IB''er', 'PO', current_date - 30, :user, now()
                where not exists (select 1 from leertafel_member where region_slug = 'tilburg' and table_code = 'leertafel'
                                  and user_id = :user and until is null)""").param("user", id).update();
    }

    /** A new LEERTAFEL user of Tilburg (password demo) who is a current member. */
    public String anotherMember() {
        String username = "leertafel-test-" + UUID.randomUUID().toString().substring(0, 8);
        long id = jdbc.sql("""
                insert into app_user (username, display_name, email, password_hash) values (?, ?, ?, '{noop}demo')
                returning id""").params(username, "Testlid Leertafel", username + "@test.example").query(Long.class).single();
        jdbc.sql("insert into user_role (user_id, role) values (?, 'LEERTAFEL')").param(id).update();
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'tilburg')").param(id).update();
        member(username);
        return username;
    }

    /** A session of Tilburg's leertafel {@code days} from now (negative: past), chaired by voorzitter-tilburg. */
    public long session(int days) {
        LocalDateTime start = LocalDate.now(AMSTERDAM).plusDays(days).atTime(15, 0);
        // one session per day: reuse one that is already there
        return jdbc.sql("""
                select id from leertafel_session where region_slug = 'tilburg' and table_code = 'leertafel'
                  and starts_at::date = ?::date and status <> 'GEANNULEERD'""").param(start).query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("""
                        insert into leertafel_session (region_slug, table_code, starts_at, ends_at, chair_user_id,
                                                       created_by, created_at)
                        values ('tilburg', 'leertafel', ?, ?, ?, ?, now()) returning id""")
                        .params(start, start.plusMinutes(90), userId("voorzitter-tilburg"), userId("coordinator-tilburg"))
                        .query(Long.class).single());
    }

    public void onAgenda(long sessionId, long leertafelCaseId) {
        jdbc.sql("""
                insert into leertafel_agenda_item (session_id, position, kind, leertafel_case_id, minutes)
                values (?, (select coalesce(max(position) + 1, 0) from leertafel_agenda_item where session_id = ?),
                        'CASUS', ?, 20)""").params(sessionId, sessionId, leertafelCaseId).update();
    }

    /** The fields of a complete, anonymous case; {@code extra} overrides or adds fields. */
    public static Map<String, String> completeCase(String title, String... extra) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("title", title);
        f.put("ageBand", "12-15");
        f.put("schoolType", "VO");
        f.put("sector", "VO");
        f.put("outOfSchoolBand", "3_6_MAANDEN");
        f.put("processBand", "4_WEKEN_3_MAANDEN");
        f.put("interventions[0]", "Een aangepast rooster met halve dagen.");
        f.put("interventions[1]", "Ambulante begeleiding vanuit het samenwerkingsverband.");
        f.put("situation", "Een leerling in de onderbouw van het vo haakte na een schorsing af. De school en de "
                + "jeugdhulp wachtten op elkaar.");
        f.put("question", "Wie neemt de regie als school en jeugdhulp allebei wachten?");
        for (int i = 0; i < extra.length; i += 2) {
            f.put(extra[i], extra[i + 1]);
        }
        return f;
    }

    public MockHttpServletRequestBuilder post(String path, MockHttpSession session, Map<String, String> fields,
            String action) {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(path).session(session).with(csrf()).param("actie", action);
        fields.forEach(request::param);
        return request;
    }

    /** The id in a redirect to a leertafelcasus. */
    public static long idIn(String location) {
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A Tilburg case referred and closed (the family moved away); returns its id. */
    public long closedTilburgCase(String youth) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(youth, "tilburg", "Tilburg",
                LocalDate.now(AMSTERDAM)));
        f.put("actie", "indienen");
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/aanmeldingen").session(login("verwijzer-tilburg")).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring("/casussen/".length()));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/casussen/" + id + "/afsluiten").session(login("coordinator-tilburg")).with(csrf())
                .param("confirmed", "true").param("kind", "ANDERE_REDEN").param("reason", "VERHUISD"))
                .andExpect(status().is3xxRedirection());
        String state = jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
        if (!"AFGESLOTEN".equals(state)) {
            throw new IllegalStateException("case " + id + " is " + state + ": " + jdbc.sql(
                    "select string_agg(action || ' ' || outcome || ' ' || coalesce(details, ''), '; ') from audit_log "
                    + "where object_id = ?").param(String.valueOf(id)).query(String.class).single());
        }
        return id;
    }
}
