package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint tried as an attacker would: as each demo role of another region, and as the roles that never see
 * case content, with the real ids of a Utrecht case that has a meeting, a finalised verslag, agreements and a
 * scenario. Nothing may answer with success, show the child, or leave a successful read in the audit log.
 * A new endpoint fails {@link #everyEndpointIsClassified} until it is given a scope in {@link EndpointScopes}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class AuthorizationMatrixTest {

    /** Users who may never see a Utrecht case: other regions' professionals and the roles without case content. */
    static final List<String> OUTSIDERS = List.of("coordinator-amsterdam", "voorzitter-amsterdam",
            "verwijzer-amsterdam", "deelnemer-amsterdam", "leertafel-amsterdam", "beleid-amsterdam",
            "privacy-amsterdam", "leertafel-utrecht", "beleid-utrecht", "privacy-utrecht", "beheerder");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired nl.doorbraak.identity.UserDirectory users;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    MatrixTarget target;

    @BeforeEach
    void findTarget() {
        target = MatrixTarget.utrechtCaseWithVerslag(jdbc);
    }

    @Test
    void everyEndpointIsClassified() {
        Set<String> unclassified = new TreeSet<>(endpoints());
        unclassified.removeAll(EndpointScopes.ALL.keySet());
        Set<String> gone = new TreeSet<>(EndpointScopes.ALL.keySet());
        gone.removeAll(endpoints());
        assertThat(unclassified).as("endpoints without a scope in EndpointScopes").isEmpty();
        assertThat(gone).as("scopes of endpoints that no longer exist").isEmpty();
    }

    @Test
    void outsidersNeverReachAnotherRegionsCase() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String outsider : OUTSIDERS) {
            MockHttpSession session = login(outsider);
            for (String endpoint : EndpointScopes.withScope(EndpointScopes.Scope.CASE)) {
                MockHttpServletResponse response = call(session, endpoint);
                if (!refused(response) || response.getContentAsString().contains(target.youthName())) {
                    problems.add(outsider + " " + endpoint + " -> " + response.getStatus() + " " + location(response));
                }
            }
            problems.addAll(successfulReads(outsider));
        }
        assertThat(problems).isEmpty();
        assertThat(target.unchanged(jdbc)).as("the case, its verslag and agreements are untouched").isTrue();
    }

    /**
     * Branch sessions: a leertafel's endpoints tried by everyone who is not its member, chair or coordinator: other
     * regions, Tilburg's roles without a leertafel, and a LEERTAFEL user of Tilburg who is no member.
     */
    @Test
    void outsidersNeverReachTilburgsLeertafel() throws Exception {
        LeertafelTarget leertafel = LeertafelTarget.tilburg(jdbc);
        String stranger = "leertafel-tilburg-matrix";
        users.ensureDemoAccount(stranger, "Matrix Buitenstaander", null, "tilburg", nl.doorbraak.common.Role.LEERTAFEL);
        List<String> outsiders = new ArrayList<>(OUTSIDERS);
        outsiders.addAll(List.of("verwijzer-tilburg", "deelnemer-tilburg", "beleid-tilburg", "privacy-tilburg", stranger));
        List<String> problems = new ArrayList<>();
        // other tests let some of these users read what they may (beleid-tilburg the trends): only rows from here on
        long before = lastAuditId();
        for (String outsider : outsiders) {
            MockHttpSession session = login(outsider);
            for (String endpoint : membersOnly(EndpointScopes.withScope(EndpointScopes.Scope.LEERTAFEL))) {
                String[] parts = endpoint.split(" ", 2);
                var builder = request(HttpMethod.valueOf(parts[0]), leertafel.fill(parts[1])).session(session);
                if (!parts[0].equals("GET")) {
                    builder.with(csrf());
                }
                MockHttpServletResponse response = mvc.perform(builder).andReturn().getResponse();
                if (!refused(response) || response.getContentAsString().contains(leertafel.memberName())) {
                    problems.add(outsider + " " + endpoint + " -> " + response.getStatus() + " " + location(response));
                }
            }
            problems.addAll(jdbc.sql("""
                    select action || ' ' || coalesce(object_type, '') || ' ' || coalesce(object_id, '') from audit_log
                    where actor = ? and outcome = 'SUCCESS' and object_type like 'LEERTAFEL%' and id > ?""")
                    .param(outsider).param(before)
                    .query(String.class).list().stream().map(row -> outsider + " audited as SUCCESS: " + row).toList());
        }
        assertThat(problems).isEmpty();
        assertThat(leertafel.unchanged(jdbc)).as("the leertafel's members, sessions and agendas are untouched").isTrue();
    }

    /**
     * The leertafel's own material (its home, members, sessions), open to members, the chair and the coordinators
     * only; what it learnt (themes, trends, proposals) is open to the region's policy staff too and tried above.
     */
    private static List<String> membersOnly(List<String> endpoints) {
        return endpoints.stream().filter(e -> e.endsWith(" /leertafels") || e.endsWith("{tafel}")
                || e.contains("{tafel}/leden") || e.contains("{tafel}/bijeenkomsten")).toList();
    }

    @Test
    void outsidersNeverReachAnotherRegionsLeertafel() throws Exception {
        List<String> problems = new ArrayList<>();
        long before = lastAuditId();
        for (String outsider : OUTSIDERS) {
            MockHttpSession session = login(outsider);
            for (String endpoint : EndpointScopes.withScope(EndpointScopes.Scope.LEERTAFEL)) {
                MockHttpServletResponse response = call(session, endpoint);
                if (!refused(response)) {
                    problems.add(outsider + " " + endpoint + " -> " + response.getStatus() + " " + location(response));
                }
            }
            problems.addAll(jdbc.sql("""
                    select action || ' ' || coalesce(object_type, '') || ' ' || coalesce(object_id, '') from audit_log
                    where actor = ? and outcome = 'SUCCESS' and (object_id like 'tilburg/%' or object_type in ('THEMA', 'VOORSTEL'))
                      and id > ?""")
                    .param(outsider).param(before).query(String.class).list().stream()
                    .map(row -> outsider + " audited as SUCCESS: " + row).toList());
        }
        assertThat(problems).isEmpty();
        assertThat(target.unchanged(jdbc)).as("Tilburg's list of knelpunten is untouched").isTrue();
    }

    @Test
    void noListOrPageShowsAnotherRegionsChild() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String outsider : OUTSIDERS) {
            MockHttpSession session = login(outsider);
            for (String endpoint : EndpointScopes.userPages()) {
                MockHttpServletResponse response = call(session, endpoint);
                if (response.getContentAsString().contains(target.youthName())) {
                    problems.add(outsider + " " + endpoint + " shows the child");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void noSearchFindsAnotherRegionsChild() throws Exception {
        List<String> problems = new ArrayList<>();
        for (String outsider : OUTSIDERS) {
            MockHttpSession session = login(outsider);
            for (String term : List.of(target.youthName(), String.valueOf(target.caseId()))) {
                MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST, "/casussen/zoeken")
                        .session(session).with(csrf()).param("zoekterm", term)).andReturn().getResponse();
                // the form keeps the typed term, so the page may hold the name as the input's value: look at hits
                boolean refused = refused(response);
                if (!refused && !response.getContentAsString().contains("Geen casussen gevonden")
                        || response.getContentAsString().contains("/casussen/" + target.caseId() + "\"")) {
                    problems.add(outsider + " finds the child searching for it");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void roleBoundPagesRefuseEveryOtherRole() throws Exception {
        List<String> problems = new ArrayList<>();
        Map<EndpointScopes.Scope, Set<String>> allowed = Map.of(
                EndpointScopes.Scope.ADMIN, Set.of("beheerder"),
                EndpointScopes.Scope.PRIVACY, Set.of("privacy-amsterdam", "privacy-utrecht"),
                EndpointScopes.Scope.LEERTAFEL_OR_COORDINATOR,
                Set.of("coordinator-amsterdam", "leertafel-amsterdam", "leertafel-utrecht"));
        for (String user : OUTSIDERS) {
            MockHttpSession session = login(user);
            for (var scope : allowed.entrySet()) {
                if (scope.getValue().contains(user)) {
                    continue;
                }
                for (String endpoint : EndpointScopes.withScope(scope.getKey())) {
                    MockHttpServletResponse response = call(session, endpoint);
                    if (!refused(response)) {
                        problems.add(user + " " + endpoint + " -> " + response.getStatus());
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anonymousVisitorsReachOnlyPublicEndpoints() throws Exception {
        List<String> problems = new ArrayList<>();
        for (var entry : EndpointScopes.ALL.entrySet()) {
            if (entry.getValue() == EndpointScopes.Scope.PUBLIC) {
                continue;
            }
            MockHttpServletResponse response = call(null, entry.getKey());
            if (entry.getValue() == EndpointScopes.Scope.TOKEN) {
                // no login to be sent to: a token that is not one of ours finds nothing
                if (response.getStatus() != 404) {
                    problems.add(entry.getKey() + " with an unknown token -> " + response.getStatus());
                }
                continue;
            }
            boolean toLogin = response.getStatus() == 302 && location(response).contains("/login");
            if (!toLogin && response.getStatus() != 401 && response.getStatus() != 403) {
                problems.add(entry.getKey() + " -> " + response.getStatus() + " " + location(response));
            }
        }
        assertThat(problems).isEmpty();
    }

    private Set<String> endpoints() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (!handler.getBeanType().getPackageName().startsWith("nl.doorbraak")) {
                return;
            }
            Set<String> patterns = info.getPatternValues();
            Set<?> methods = info.getMethodsCondition().getMethods();
            for (String pattern : patterns) {
                if (methods.isEmpty()) {
                    found.add("ANY " + pattern);
                }
                methods.forEach(method -> found.add(method + " " + pattern));
            }
        });
        return found;
    }

    private MockHttpServletResponse call(MockHttpSession session, String endpoint) throws Exception {
        String[] parts = endpoint.split(" ", 2);
        HttpMethod method = parts[0].equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(parts[0]);
        var builder = request(method, target.fill(parts[1]));
        if (session != null) {
            builder.session(session);
        }
        if (method != HttpMethod.GET) {
            builder.with(csrf());
        }
        target.formFields().forEach(builder::param);
        MvcResult result = mvc.perform(builder).andReturn();
        return result.getResponse();
    }

    private List<String> successfulReads(String actor) {
        return jdbc.sql("""
                select action || ' ' || coalesce(object_type, '') || ' ' || coalesce(object_id, '') from audit_log
                where actor = ? and outcome = 'SUCCESS' and (subject_ref = ? or (object_type = 'CASUS' and object_id = ?))""")
                .params(actor, "casus:" + target.caseId(), String.valueOf(target.caseId()))
                .query(String.class).list().stream().map(row -> actor + " audited as SUCCESS: " + row).toList();
    }

    private static boolean refused(MockHttpServletResponse response) {
        int status = response.getStatus();
        return status == 403 || status == 404 || status == 401;
    }

    private static String location(MockHttpServletResponse response) {
        String location = response.getHeader("Location");
        return location == null ? "" : location;
    }

    private MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
        assertThat(session).as("login of " + username).isNotNull();
        return session;
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }
}
