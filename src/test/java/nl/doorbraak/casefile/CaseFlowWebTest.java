package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import nl.doorbraak.casefile.internal.ReferralSettings;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.IdentityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseFlowWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired ReferralSettings referralSettings;

    MockHttpSession login(String username) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(username).password("demo")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    static String uniqueName() {
        return "Testkind " + UUID.randomUUID().toString().substring(0, 8);
    }

    MockHttpServletRequestBuilder referral(MockHttpSession session, String path, String youthName, String action) {
        return referral(session, path, youthName, action, "utrecht", "Utrecht", Map.of());
    }

    MockHttpServletRequestBuilder referral(MockHttpSession session, String path, String youthName, String action,
            String region, String municipality) {
        return referral(session, path, youthName, action, region, municipality, Map.of());
    }

    /** A complete referral; {@code overrides} replace single fields. */
    MockHttpServletRequestBuilder referral(MockHttpSession session, String path, String youthName, String action,
            String region, String municipality, Map<String, String> overrides) {
        LocalDate today = LocalDate.now();
        MockHttpServletRequestBuilder request = post(path).session(session).with(csrf());
        Map<String, String> fields = new LinkedHashMap<>(ReferralFormFields.complete(youthName, region, municipality, today));
        fields.put("actie", action);
        fields.putAll(overrides);
        fields.forEach(request::param);
        return request;
    }


    long submit(MockHttpSession session, String youthName) throws Exception {
        String location = mvc.perform(referral(session, "/aanmeldingen", youthName, "indienen"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/casussen/");
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    long caseIdOf(String youthName) {
        return jdbc.sql("select id from case_file where youth_name = ?").param(youthName).query(Long.class).single();
    }

    int audits(String action, String outcome, long caseId) {
        return jdbc.sql("select count(*) from audit_log where action = ? and outcome = ? and object_id = ?")
                .params(action, outcome, String.valueOf(caseId)).query(Integer.class).single();
    }

    @Test
    void theTimelineShowsDutchTimeNotTheUtcTheDatabaseHandsBack() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        long id = submit(referrer, uniqueName());
        jdbc.sql("update case_event set occurred_at = timestamptz '2026-07-01 10:00:00+00' where case_id = ?")
                .param(id).update();

        mvc.perform(get("/casussen/" + id).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("01-07-2026 12:00")))
                .andExpect(content().string(not(containsString("01-07-2026 10:00"))));
    }

    @Test
    void theTimelineShowsWinterTimeOnTheDutchDayJustAfterMidnight() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        long id = submit(referrer, uniqueName());
        jdbc.sql("update case_event set occurred_at = timestamptz '2026-12-01 23:30:00+00' where case_id = ?")
                .param(id).update();

        mvc.perform(get("/casussen/" + id).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("02-12-2026 00:30")))
                .andExpect(content().string(not(containsString("01-12-2026 23:30"))));
    }

    @Test
    void referralWithConsentReachesUtrechtCoordinatorsIsAdmittedAndStaysHiddenFromOutsiders() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        String youth = uniqueName();
        long id = submit(referrer, youth);

        List<String> mails = jdbc.sql("select recipient || ' ' || subject || ' ' || body from outbox_mail where link_path = ?")
                .param("/casussen/" + id).query(String.class).list();
        assertThat(mails).anyMatch(m -> m.startsWith("coordinator-utrecht@")).anyMatch(m -> m.startsWith("verwijzer-utrecht@"));
        assertThat(mails).allMatch(m -> !m.contains(youth) && !m.contains("Welke plek past"));
        assertThat(audits("AANMELDING_INGEDIEND", "SUCCESS", id)).isEqualTo(1);

        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(get("/vooroverleg").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        mvc.perform(post("/vooroverleg/" + id).session(coordinator).with(csrf()).param("conditionHolds", "true")
                        .param("choice", "TOELATEN").param("reason", "Voldoet aan de voorwaarde."))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single())
                .isEqualTo("TOEGELATEN");
        mvc.perform(get("/casussen").session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        mvc.perform(get("/casussen/" + id).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Toegelaten")))
                .andExpect(content().string(containsString("Voldoet aan de voorwaarde.")))
                .andExpect(content().string(containsString("Tafel uiterlijk op")));
        mvc.perform(get("/casussen/" + id).session(referrer)).andExpect(status().isOk());
        mvc.perform(get("/mijn-casussen").session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        assertThat(jdbc.sql("select count(*) from outbox_mail where kind = 'VOOROVERLEG_BESLUIT' and link_path = ?")
                .param("/casussen/" + id).query(Integer.class).single()).isEqualTo(1);

        for (String outsider : List.of("verwijzer-amsterdam", "beleid-utrecht", "privacy-utrecht")) {
            mvc.perform(get("/casussen/" + id).session(login(outsider))).andExpect(status().isNotFound())
                    .andExpect(content().string(not(containsString(youth))));
        }
        assertThat(audits("CASUS_BEKEKEN", "SUCCESS", id)).isGreaterThanOrEqualTo(2);
        assertThat(audits("CASUS_BEKEKEN", "DENIED", id)).isEqualTo(3);
        assertThat(audits("TRIAGE_BESLUIT", "SUCCESS", id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_log where details like ?").param("%" + youth + "%")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void amsterdamAdmitsOnlyAfterBothSwvVoAndLeerplichtDecided() throws Exception {
        String youth = uniqueName();
        mvc.perform(referral(login("verwijzer-amsterdam"), "/aanmeldingen", youth, "indienen", "amsterdam", "Amsterdam"))
                .andExpect(status().is3xxRedirection());
        long id = caseIdOf(youth);
        mvc.perform(triage(login("coordinator-amsterdam"), id)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("IN_VOOROVERLEG");
        mvc.perform(triage(login("leerplicht-amsterdam"), id)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("TOEGELATEN");
        // Amsterdam promises no deadline: the lists must cope with cases without one
        mvc.perform(get("/casussen").session(login("coordinator-amsterdam"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        assertThat(jdbc.sql("select organisation_type from triage_decision where case_id = ? order by id").param(id)
                .query(String.class).list()).containsExactly("SWV_VO", "LEERPLICHT");
    }

    @Test
    void aCoordinatorWhoIsNotADeciderIsRefusedWithOneDeniedRowNamingTheReason() throws Exception {
        String youth = uniqueName();
        mvc.perform(referral(login("verwijzer-amsterdam"), "/aanmeldingen", youth, "indienen", "amsterdam", "Amsterdam"))
                .andExpect(status().is3xxRedirection());
        long id = caseIdOf(youth);
        IdentityFixtures identities = new IdentityFixtures(jdbc, encoder);
        String coordinator = identities.user(Role.COORDINATOR);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'amsterdam')")
                .param(identities.idOf(coordinator)).update();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(coordinator)
                .password(IdentityFixtures.PASSWORD)).andReturn().getRequest().getSession(false);

        mvc.perform(triage(session, id)).andExpect(status().is3xxRedirection());

        assertThat(statusOf(id)).isEqualTo("AANGEMELD");
        assertThat(jdbc.sql("select outcome || ' ' || details from audit_log where action = 'TRIAGE_BESLUIT' "
                        + "and actor = ? and object_id = ?").params(coordinator, String.valueOf(id)).query(String.class)
                .list()).singleElement().asString().startsWith("DENIED geweigerd: ");
    }

    @Test
    void aTriageDecisionWithoutReasonLeavesOneDeniedRowAndNoDecision() throws Exception {
        long id = submit(login("verwijzer-utrecht"), uniqueName());
        mvc.perform(post("/vooroverleg/" + id).session(login("coordinator-utrecht")).with(csrf())
                .param("conditionHolds", "true").param("choice", "TOELATEN").param("reason", " "))
                .andExpect(status().isOk());

        assertThat(statusOf(id)).isEqualTo("AANGEMELD");
        assertThat(jdbc.sql("select outcome || ' ' || details from audit_log where action = 'TRIAGE_BESLUIT' "
                        + "and object_id = ?").param(String.valueOf(id)).query(String.class).list())
                .singleElement().asString().startsWith("DENIED geweigerd: ");
    }

    @Test
    void draftIsSavedIncompleteAndFinishedLater() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        String youth = uniqueName();
        mvc.perform(post("/aanmeldingen").session(referrer).with(csrf()).param("actie", "concept")
                        .param("youthName", youth).param("youthBirthDate", LocalDate.now().minusYears(10).toString())
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        long id = caseIdOf(youth);
        assertThat(statusOf(id)).isEqualTo("CONCEPT");
        mvc.perform(get("/aanmeldingen/" + id).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString(youth)));
        mvc.perform(get("/casussen/" + id).session(login("coordinator-utrecht"))).andExpect(status().isNotFound());
        String version = jdbc.sql("select version from case_file where id = ?").param(id).query(String.class).single();
        mvc.perform(referral(referrer, "/aanmeldingen/" + id, youth, "indienen", "utrecht", "Utrecht",
                Map.of("version", version))).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("AANGEMELD");
    }

    @Test
    void aReferralOfAYouthWithAnOpenCaseElsewhereIsAnsweredLikeAnyOtherAndTellsTheReferrerNothing() throws Exception {
        String youth = uniqueName();
        long utrecht = submit(login("verwijzer-utrecht"), youth);
        MockHttpSession amsterdamReferrer = login("verwijzer-amsterdam");

        MvcResult matching = mvc.perform(referral(amsterdamReferrer, "/aanmeldingen", youth, "indienen", "amsterdam",
                "Amsterdam")).andExpect(status().is3xxRedirection()).andReturn();
        MvcResult unique = mvc.perform(referral(amsterdamReferrer, "/aanmeldingen", uniqueName(), "indienen",
                "amsterdam", "Amsterdam")).andExpect(status().is3xxRedirection()).andReturn();

        long amsterdam = idFromRedirect(matching);
        assertThat(matching.getFlashMap().get("flashSuccess")).isEqualTo(unique.getFlashMap().get("flashSuccess"));
        assertThat(matching.getFlashMap().get("flashSuccess")).asString().contains("kijkt na of er al een casus");
        String referrersPage = mvc.perform(get("/casussen/" + amsterdam).session(amsterdamReferrer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String referrersOtherPage = mvc.perform(get("/casussen/" + idFromRedirect(unique)).session(amsterdamReferrer))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(referrersPage).doesNotContain("dubbel").doesNotContain("/casussen/" + utrecht)
                .doesNotContain("Utrecht");
        assertThat(withoutCaseDetails(referrersPage, amsterdam, youth))
                .isEqualTo(withoutCaseDetails(referrersOtherPage, idFromRedirect(unique), null));

        assertThat(jdbc.sql("""
                select object_id || ' ' || subject_ref || ' ' || actor || ' ' || details from audit_log
                where action = 'MOGELIJK_DUBBEL' and object_id = ?""").param(String.valueOf(amsterdam))
                .query(String.class).list()).singleElement().asString()
                .startsWith(amsterdam + " casus:" + utrecht + " verwijzer-amsterdam ")
                .contains("open casus " + utrecht).doesNotContain(youth);

        String utrechtCoordinator = mvc.perform(get("/casussen/" + utrecht).session(login("coordinator-utrecht")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(utrechtCoordinator).contains("Mogelijk dubbel aangemeld").contains("Een casus in Amsterdam")
                .doesNotContain("/casussen/" + amsterdam + "\"");
        String amsterdamCoordinator = mvc.perform(get("/vooroverleg/" + amsterdam).session(login("coordinator-amsterdam")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(amsterdamCoordinator).contains("Mogelijk dubbel aangemeld").contains("Een casus in Utrecht")
                .doesNotContain("/casussen/" + utrecht + "\"");
    }

    @Test
    void aCoordinatorDecidesOnAPossibleDuplicateOnceAndOnlyCoordinatorsSeeItOnTheTimeline() throws Exception {
        String youth = uniqueName();
        MockHttpSession referrer = login("verwijzer-utrecht");
        long first = submit(referrer, youth);
        long second = submit(referrer, youth);
        long pair = jdbc.sql("select id from case_possible_duplicate where case_id = ? and match_case_id = ?")
                .params(second, first).query(Long.class).single();
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(get("/casussen/" + second).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/casussen/" + first + "\"")))
                .andExpect(content().string(containsString("Zelfde jeugdige")));

        mvc.perform(post("/casussen/" + second + "/mogelijk-dubbel/" + pair).session(referrer).with(csrf())
                .param("besluit", "NIET_DEZELFDE")).andExpect(status().is3xxRedirection());
        assertThat(decisionOf(pair)).isNull();
        mvc.perform(post("/casussen/" + second + "/mogelijk-dubbel/" + pair).session(coordinator).with(csrf())
                .param("besluit", "ZELFDE")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/casussen/" + first + "/mogelijk-dubbel/" + pair).session(coordinator).with(csrf())
                .param("besluit", "NIET_DEZELFDE")).andExpect(status().is3xxRedirection());

        assertThat(decisionOf(pair)).isEqualTo("ZELFDE");
        mvc.perform(get("/casussen/" + first).session(coordinator))
                .andExpect(content().string(containsString("Mogelijk dubbele aanmelding beoordeeld")))
                .andExpect(content().string(containsString("zelfde jeugdige als casus " + second)))
                .andExpect(content().string(containsString("Zelfde jongere. Vastgelegd door")))
                .andExpect(content().string(not(containsString("Zelfde jeugdige</button>"))));
        mvc.perform(get("/casussen/" + first).session(referrer))
                .andExpect(content().string(not(containsString("dubbel"))))
                .andExpect(content().string(not(containsString("jeugdige als casus"))));
        assertThat(jdbc.sql("""
                select actor || ' ' || outcome || ' ' || coalesce(details, '') from audit_log
                where action = 'MOGELIJK_DUBBEL_BEOORDEELD' and object_id in (?, ?) order by id""")
                .params(String.valueOf(first), String.valueOf(second)).query(String.class).list()).containsExactly(
                "verwijzer-utrecht DENIED geweigerd: Alleen de coördinatoren van de regio kunnen dit besluiten.",
                "coordinator-utrecht SUCCESS zelfde jeugdige als casus " + first,
                "coordinator-utrecht DENIED geweigerd: Over deze mogelijk dubbele aanmelding is al besloten.");
    }

    @Test
    void aReferrerWhoseReferralsMatchedTooOftenTodayCanSubmitNothingMoreToday() throws Exception {
        IdentityFixtures identities = new IdentityFixtures(jdbc, encoder);
        String referrer = identities.user(Role.VERWIJZER);
        long referrerId = identities.idOf(referrer);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'utrecht')").param(referrerId).update();
        String known = uniqueName();
        submit(login("verwijzer-utrecht"), known);
        // one match left for today
        jdbc.sql("insert into referral_match_quota (user_id, day, matches) values (?, ?, ?)")
                .params(referrerId, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")),
                        referralSettings.mogelijkDubbelPerDag() - 1).update();
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user(referrer)
                .password(IdentityFixtures.PASSWORD)).andReturn().getRequest().getSession(false);

        mvc.perform(referral(session, "/aanmeldingen", known, "indienen")).andExpect(status().is3xxRedirection());
        String fresh = uniqueName();
        mvc.perform(referral(session, "/aanmeldingen", fresh, "indienen")).andExpect(status().isOk())
                .andExpect(content().string(containsString("U kunt vandaag geen aanmeldingen meer indienen.")))
                .andExpect(content().string(containsString(fresh)));

        assertThat(jdbc.sql("select count(*) from case_file where youth_name = ?").param(fresh).query(Integer.class)
                .single()).isZero();
        assertThat(jdbc.sql("select outcome || ' ' || details from audit_log where action = 'AANMELDING_INGEDIEND' "
                + "and actor = ? and outcome = 'DENIED'").param(referrer).query(String.class).list()).singleElement()
                .asString().startsWith("DENIED geweigerd: vandaag al ");
    }

    static long idFromRedirect(MvcResult result) {
        return Long.parseLong(result.getResponse().getRedirectedUrl().substring("/casussen/".length()));
    }

    /** The page without what differs between two cases anyway: their number, the youth and the guardian. */
    static String withoutCaseDetails(String page, long caseId, String youth) {
        String stripped = page.replaceAll("\\b" + caseId + "\\b", "#")
                .replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
        return (youth == null ? stripped : stripped.replace(youth, "naam"))
                .replaceAll("Testkind [0-9a-f]{8}", "naam").replaceAll("\\d{2}-\\d{2}-\\d{4} \\d{2}:\\d{2}", "tijd");
    }

    String decisionOf(long pair) {
        return jdbc.sql("select decision from case_possible_duplicate where id = ?").param(pair).query(String.class)
                .list().get(0);
    }

    @Test
    void referralWithoutConsentOrKernvraagIsRefusedAndKeepsWhatWasTyped() throws Exception {
        String youth = uniqueName();
        mvc.perform(referral(login("verwijzer-utrecht"), "/aanmeldingen", youth, "indienen", "utrecht", "Utrecht",
                        Map.of("consentByGuardian", "false", "consentByYouth", "false", "kernvraag", "",
                                "consentDate", LocalDate.now().plusDays(2).toString())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Zonder toestemming kunt u niet aanmelden")))
                .andExpect(content().string(containsString("Vul de kernvraag in")))
                .andExpect(content().string(containsString("ligt in de toekomst")))
                .andExpect(content().string(containsString(youth)));
        assertThat(jdbc.sql("select count(*) from case_file where youth_name = ?").param(youth)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void withdrawnConsentStopsTheCaseAndTellsTheCoordinators() throws Exception {
        MockHttpSession referrer = login("verwijzer-utrecht");
        long id = submit(referrer, uniqueName());
        mvc.perform(post("/casussen/" + id + "/toestemming-ingetrokken").session(referrer).with(csrf())
                        .param("withdrawnOn", LocalDate.now().toString()).param("reason", "Ouders stoppen.")
                        .param("confirmed", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("GESTOPT");
        assertThat(jdbc.sql("select count(*) from outbox_mail where kind = 'TOESTEMMING_INGETROKKEN' and link_path = ?")
                .param("/casussen/" + id).query(Integer.class).single()).isPositive();
        mvc.perform(get("/casussen/" + id).session(referrer)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Toestemming ingetrokken, casus gestopt")));
        assertThat(audits("TOESTEMMING_INGETROKKEN", "SUCCESS", id)).isEqualTo(1);
    }

    MockHttpServletRequestBuilder triage(MockHttpSession session, long id) {
        return post("/vooroverleg/" + id).session(session).with(csrf()).param("conditionHolds", "true")
                .param("circumstances", "0").param("choice", "TOELATEN").param("reason", "Samen besloten.");
    }

    String statusOf(long id) {
        return jdbc.sql("select status from case_file where id = ?").param(id).query(String.class).single();
    }
}
