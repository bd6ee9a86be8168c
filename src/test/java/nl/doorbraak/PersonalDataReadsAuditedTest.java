package nl.doorbraak;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.casefile.ReferralFormFields;
import nl.doorbraak.verslag.VerslagFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every response that carries personal data is audited (finding 6 of the security test). This walks every GET
 * mapping of the application's own controllers, with and without path variables, fills the ids from one Utrecht
 * case that went through the whole flow (planned, dossier sent, verslag finalised with an agreement and a scenario,
 * progress posted, an escalation raised), calls it as the first demo user who may open it, and demands a new
 * SUCCESS row in {@code audit_log} by that user, with subject {@code casus:<id>} when the path names a case or an
 * agenda item. A new endpoint fails here until someone either makes it audit or puts it on
 * {@link #NO_PERSONAL_DATA} with the reason. Framework mappings (the error page, the OpenAPI description) are not
 * the application's and are left out.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PersonalDataReadsAuditedTest {

    /** Mappings that show no personal data, each with why. Keep this list short and the reasons true. */
    static final Map<String, String> NO_PERSONAL_DATA = Map.ofEntries(
            entry("/", "the start page: links and counts per role, no personal data"),
            entry("/login", "the login form"),
            entry("/help", "help texts and the glossary of the werkwijzen"),
            entry("/api/**", "unknown API paths: a 404 problem, no data"),
            entry("/api/v1/leerplicht", "computes leerplicht dates from a birth date in the request; stores and shows no one's data"),
            entry("/aanmeldingen/nieuw", "an empty referral form; prefilled with the user's own name and contact only "
                    + "(started from an earlier case with ?eerder= it reads that case, audited as CASUS_BEKEKEN)"),
            entry("/beheer/regios", "the werkwijzen: configuration, functional intake addresses, no persons"),
            entry("/beheer/regios/{slug}", "one werkwijze: configuration, functional intake addresses, no persons"),
            entry("/beheer/gebruikers/nieuw", "an empty form for a new user"),
            entry("/beheer/organisaties/nieuw", "an empty form for a new organisation"),
            entry("/account/api-tokens", "the user's own API keys (name, expiry), nobody else's data"),
            entry("/account/wachtwoord", "the form to choose one's own password: no data of anyone"),
            entry("/overzicht", "numbers per phase and signal; the lists behind them (/overzicht/{signaal}) are audited"),
            entry("/beheer/organisaties", "names, types and places of organisations; their contacts are on the audited page of one"),
            // branch notify
            entry("/meldingen", "the user's own notifications: the neutral mail subjects and links, no one's personal data"),
            // branch tabledates
            entry("/planning/tafeldata/{slug}", "a region's table dates: days, times and places, no persons"),
            entry("/planning/tafeldatum/{dateId}", "one table date: day, time, place and how many cases its meeting has, no persons"),
            // branch sessions
            entry("/leertafels", "the names of the leertafels the user reaches (or a redirect to the one): no persons"),
            // branch cases
            entry("/leertafels/{regio}/{tafel}/casussen/nieuw", "an empty form for a new leertafelcasus"),
            // branch themes: aggregates and the region's list, no persons; audited all the same (ThemeListWebTest,
            // TrendsWebTest); the knelpunten of a case (/casussen/{caseId}/knelpunten) are checked here as a case read
            entry("/leertafels/{regio}/{tafel}/themas", "the region's knelpunten with counts (1-4 shown as < 5); audited as THEMAS_BEKEKEN"),
            entry("/leertafels/{regio}/{tafel}/themas/{themeId}", "the name of one knelpunt, for its coordinators; audited as THEMAS_BEKEKEN"),
            entry("/leertafels/{regio}/{tafel}/trends", "counts per knelpunt per quarter (1-4 shown as < 5); audited as TRENDS_BEKEKEN"),
            entry("/leertafels/{regio}/{tafel}/trends.csv", "the same counts as CSV; audited as TRENDS_BEKEKEN"),
            // branch proposals
            entry("/leertafels/{regio}/{tafel}/voorstellen/nieuw", "an empty form for a new proposal: the region's "
                    + "themes and organisations, and the professionals who may own it; no case or leertafel data"));

    /** Who is tried, in this order; the first to get 200 is the allowed user of that mapping. */
    static final List<String> USERS = List.of("coordinator-utrecht", "voorzitter-utrecht", "verwijzer-utrecht",
            "deelnemer-utrecht", "privacy-utrecht", "beheerder",
            // the leertafel's pages (/leertafels/tilburg/leertafel/...): only Tilburg has a leertafel
            "coordinator-tilburg");

    /** Lists whose data depends on who asks: asked by someone who has something in them. */
    static final Map<String, String> ASKED_BY = Map.of(
            "/afspraken", "deelnemer-utrecht",
            "/verslagen", "voorzitter-utrecht",
            "/mijn-casussen", "verwijzer-utrecht",
            // branch cases: the only demo leertafel is Tilburg's
            "/leertafels/{regio}/{tafel}/casussen", "coordinator-tilburg",
            "/leertafels/{regio}/{tafel}/casussen/{id}", "coordinator-tilburg",
            "/casussen/{caseId}/leertafel", "coordinator-tilburg");

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

    private final Map<String, MockHttpSession> sessions = new HashMap<>();

    @Test
    void everyGetThatShowsPersonalDataWritesAnAuditRow() throws Exception {
        Fixture fixture = fixture();
        List<String> problems = new ArrayList<>();
        for (String pattern : getPatterns()) {
            if (!NO_PERSONAL_DATA.containsKey(pattern)) {
                check(pattern, fixture, problems);
            }
        }
        assertThat(problems).as("GET mappings that return personal data without an audit row").isEmpty();
    }

    @Test
    void theAllowListNamesOnlyMappingsThatExist() {
        assertThat(getPatterns()).containsAll(NO_PERSONAL_DATA.keySet());
    }

    private void check(String pattern, Fixture fixture, List<String> problems) throws Exception {
        Call call = fixture.call(pattern);
        if (call == null) {
            problems.add(pattern + ": no id for it in the fixture; add one, or put it on NO_PERSONAL_DATA with a reason");
            return;
        }
        List<String> tried = new ArrayList<>();
        for (String user : ASKED_BY.containsKey(pattern) ? List.of(ASKED_BY.get(pattern)) : USERS) {
            MockHttpSession session = session(user); // logging in is audited too: before counting
            long before = lastAuditId();
            int status = mvc.perform(get(call.url()).session(session)).andReturn().getResponse().getStatus();
            if (status == 200) {
                audited(pattern, call, user, before).ifPresent(problems::add);
                return;
            }
            tried.add(user + " " + status);
        }
        problems.add(pattern + " (" + call.url() + "): nobody may open it with this fixture: " + tried);
    }

    private java.util.Optional<String> audited(String pattern, Call call, String user, long before) {
        List<String> subjects = jdbc.sql("select coalesce(subject_ref, '') from audit_log where id > ? and actor = ? "
                + "and outcome = 'SUCCESS'").params(before, user).query(String.class).list();
        if (subjects.isEmpty()) {
            return java.util.Optional.of(pattern + " (" + call.url() + ") as " + user + ": no audit row");
        }
        if (call.caseId() != null && !subjects.contains("casus:" + call.caseId())) {
            return java.util.Optional.of(pattern + " (" + call.url() + ") as " + user + ": no audit row with subject casus:"
                    + call.caseId() + ", only " + subjects);
        }
        return java.util.Optional.empty();
    }

    /** The path patterns of the application's own GET mappings (a mapping without methods answers GET too). */
    private Set<String> getPatterns() {
        Set<String> patterns = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
            boolean get = methods.isEmpty() || methods.contains(RequestMethod.GET);
            if (get && mapping.getValue().getBeanType().getPackageName().startsWith("nl.doorbraak")) {
                patterns.addAll(mapping.getKey().getPatternValues());
            }
        }
        return patterns;
    }

    private long lastAuditId() {
        return jdbc.sql("select coalesce(max(id), 0) from audit_log").query(Long.class).single();
    }

    private MockHttpSession session(String username) throws Exception {
        MockHttpSession session = sessions.get(username);
        if (session == null) {
            session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                    .getRequest().getSession(false);
            sessions.put(username, session);
        }
        return session;
    }

    /** One concrete request for a pattern, and the case it is about (null when it names none). */
    record Call(String url, Long caseId) {
    }

    /**
     * The ids: {@code running} is a case in uitvoering with everything a case can have; some pages need a case in
     * another state, a draft verslag or a user or organisation.
     */
    record Fixture(Map<String, Long> byVariable, Map<String, Long> byPrefix, Map<String, Map<String, Long>> byPattern,
            Map<Long, Long> caseOfItem, String signal, String feedToken) {

        Call call(String pattern) {
            Matcher matcher = VARIABLE.matcher(pattern);
            StringBuilder url = new StringBuilder();
            Long caseId = null;
            while (matcher.find()) {
                String variable = matcher.group(1);
                Long value = value(pattern, variable, pattern.substring(0, matcher.start()));
                if (variable.equals("signaal")) {
                    matcher.appendReplacement(url, signal);
                    continue;
                }
                if (variable.equals("token")) {
                    matcher.appendReplacement(url, feedToken);
                    continue;
                }
                if (variable.equals("regio") || variable.equals("tafel")) {
                    matcher.appendReplacement(url, variable.equals("regio") ? "tilburg" : "leertafel");
                    continue;
                }
                if (value == null) {
                    return null;
                }
                caseId = caseId != null ? caseId : caseOf(pattern, variable, value);
                matcher.appendReplacement(url, String.valueOf(value));
            }
            matcher.appendTail(url);
            return new Call(url.toString(), caseId);
        }

        private Long value(String pattern, String variable, String prefix) {
            Map<String, Long> own = byPattern.getOrDefault(pattern, Map.of());
            if (own.containsKey(variable)) {
                return own.get(variable);
            }
            if (variable.equals("id")) {
                return byPrefix.get(prefix);
            }
            return byVariable.get(variable);
        }

        private Long caseOf(String pattern, String variable, long value) {
            boolean caseVariable = variable.equals("caseId")
                    || variable.equals("id") && (pattern.startsWith("/casussen/") || pattern.startsWith("/aanmeldingen/")
                            || pattern.startsWith("/vooroverleg/") || pattern.startsWith("/api/v1/casussen/"));
            if (caseVariable) {
                return value;
            }
            return variable.equals("agendaItemId") || variable.equals("itemId") ? caseOfItem.get(value) : null;
        }
    }

    private Fixture fixture() throws Exception {
        VerslagFixtures verslagen = new VerslagFixtures(mvc, jdbc);
        long item = verslagen.plannedItem(VerslagFixtures.uniqueYouth());
        verslagen.completeDraft(item);
        mvc.perform(post("/verslagen/" + item + "/vaststellen").session(session("voorzitter-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long running = verslagen.caseOf(item);
        mvc.perform(post("/casussen/" + running + "/voortgang").session(session("deelnemer-utrecht")).with(csrf())
                .param("text", "De intake is gepland.")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/casussen/" + running + "/opschalen").session(session("deelnemer-utrecht")).with(csrf())
                .param("reason", "Er is geen plek op de nieuwe school.")).andExpect(status().is3xxRedirection());
        long draftItem = verslagen.plannedItem(VerslagFixtures.uniqueYouth());
        verslagen.completeDraft(draftItem);
        long meeting = jdbc.sql("select meeting_id from agenda_item where id = ?").param(item).query(Long.class).single();
        long submitted = referral(true);
        long admitted = referral(true);
        mvc.perform(post("/vooroverleg/" + admitted).session(session("coordinator-utrecht")).with(csrf())
                .param("conditionHolds", "true").param("choice", "TOELATEN").param("reason", "Voldoet."))
                .andExpect(status().is3xxRedirection());
        // branch documents: a document in the running case's dossier, added by the first user tried
        long document = document(running);
        Map<String, Long> byVariable = Map.of("caseId", running, "agendaItemId", item, "itemId", item, "version", 1L,
                "documentId", document,
                "agreementId", one("select id from verslag_agreement where case_id = ?", running),
                "scenarioId", one("select s.id from verslag_scenario s join verslag v on v.id = s.verslag_id "
                        + "where v.case_id = ?", running));
        Map<String, Long> byPrefix = Map.of("/casussen/", running, "/api/v1/casussen/", running,
                "/aanmeldingen/", referral(false), "/vooroverleg/", submitted, "/planning/vergaderingen/", meeting,
                "/beheer/gebruikers/", verslagen.userId("deelnemer-utrecht"),
                "/beheer/organisaties/", one("select min(id) from organisation where region_slug = ?", "utrecht"),
                "/leertafels/{regio}/{tafel}/bijeenkomsten/",
                one("select min(id) from leertafel_session where region_slug = ?", "tilburg"),
                // branch cases: a submitted leertafelcasus of Tilburg's demo (offered from a closed case)
                "/leertafels/{regio}/{tafel}/casussen/",
                one("select min(id) from leertafel_case where status = 'INGEDIEND' and region_slug = ?", "tilburg"),
                // branch proposals: a demo proposal of Tilburg's leertafel
                "/leertafels/{regio}/{tafel}/voorstellen/", one("select min(id) from proposal where region_slug = ?",
                        "tilburg"));
        long returned = referral(true);
        mvc.perform(post("/vooroverleg/" + returned).session(session("coordinator-utrecht")).with(csrf())
                .param("conditionHolds", "true").param("choice", "TERUGVERWIJZEN").param("reason", "Eerst de school."))
                .andExpect(status().is3xxRedirection());
        Map<String, Map<String, Long>> byPattern = Map.of("/planning/casussen/{caseId}", Map.of("caseId", admitted),
                // branch cases: a closed Tilburg case (the demo closes two), offered to the leertafel
                "/casussen/{caseId}/leertafel", Map.of("caseId",
                        one("select min(id) from case_file where status = 'AFGESLOTEN' and region_slug = ?", "tilburg")),
                "/verslagen/{itemId}", Map.of("itemId", draftItem), "/aanmeldingen/{id}/opnieuw", Map.of("id", returned));
        Map<Long, Long> caseOfItem = Map.of(item, running, draftItem, verslagen.caseOf(draftItem));
        // branch notify: the agenda feed of the first user tried, audited in the owner's name
        String feedUrl = mvc.perform(post("/mijn-overleggen/agenda-abonnement").session(session("coordinator-utrecht"))
                .with(csrf())).andReturn().getFlashMap().get("feedUrl").toString();
        String feedToken = feedUrl.substring(feedUrl.lastIndexOf('/') + 1, feedUrl.length() - ".ics".length());
        return new Fixture(byVariable, byPrefix, byPattern, caseOfItem, "in-uitvoering", feedToken);
    }

    /** A Utrecht referral by verwijzer-utrecht: submitted, or saved as a draft. */
    private long referral(boolean submit) throws Exception {
        Map<String, String> f = new LinkedHashMap<>(ReferralFormFields.complete(VerslagFixtures.uniqueYouth(), "utrecht",
                "Utrecht", LocalDate.now()));
        if (submit) {
            f.put("actie", "indienen");
        }
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(session("verwijzer-utrecht")).with(csrf());
        f.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long document(long caseId) throws Exception {
        byte[] png = java.util.Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/casussen/" + caseId + "/dossier/documenten")
                .file(new org.springframework.mock.web.MockMultipartFile("bestand", "brief.png", "image/png", png))
                .param("soort", "BRIEF").session(session("coordinator-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        return one("select max(id) from dossier_document where case_id = ?", caseId);
    }

    private long one(String sql, Object parameter) {
        return jdbc.sql(sql).param(parameter).query(Long.class).single();
    }
}
