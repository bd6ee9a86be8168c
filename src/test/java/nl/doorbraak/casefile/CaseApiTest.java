package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import nl.doorbraak.identity.internal.CreatedApiToken;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CaseApiTest {

    private static final String REFERRALS = "/api/v1/aanmeldingen";
    private static final String CASES = "/api/v1/casussen";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(username)));
    }

    private String tokenOf(String username) throws Exception {
        CreatedApiToken created = (CreatedApiToken) mvc.perform(as(username, post("/account/api-tokens")).with(csrf())
                        .param("name", "Leerlingadministratie " + UUID.randomUUID()).param("validDays", "30"))
                .andReturn().getFlashMap().get("createdToken");
        return created.token();
    }

    private static MockHttpServletRequestBuilder bearer(String token, MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static String uniqueName() {
        return "Apikind " + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A complete Utrecht referral of a 14-year-old; {@code replace} swaps in single fields as raw JSON. */
    private static String referral(String youth, String... replace) {
        LocalDate today = LocalDate.now();
        String json = """
                {"regio": "utrecht",
                 "jongere": {"naam": "%s", "geboortedatum": "%s", "gemeente": "Utrecht", "schoolsoort": "VO",
                             "ingeschreven": true, "startkwalificatie": false},
                 "ouders": [{"naam": "Ouder van %s", "contact": "06-12345678"}],
                 "aanleiding": "THUISZITTER", "nietNaarSchoolSinds": "%s",
                 "beschrijving": "Gaat niet naar school sinds de zomer.",
                 "kernvraag": "Welke plek past?",
                 "aanmelder": {"naam": "Verwijzer", "contact": "verwijzer@test.example", "sector": "VO"},
                 "grondslag": "WETTELIJKE_TAAK",
                 "toestemming": {"doorOuder": true, "doorJongere": true, "datum": "%s", "wijze": "SCHRIFTELIJK",
                                 "voorAanmelding": true, "voorDelen": true}}"""
                .formatted(youth, today.minusYears(14), youth, today.minusMonths(4), today.minusDays(1));
        for (int i = 0; i < replace.length; i += 2) {
            json = json.replace(replace[i], replace[i + 1]);
        }
        return json;
    }

    private ResultActions postReferral(String token, String json) throws Exception {
        return mvc.perform(bearer(token, post(REFERRALS)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private long submitAsUtrechtReferrer(String token, String youth) throws Exception {
        String location = postReferral(token, referral(youth)).andExpect(status().isCreated())
                .andReturn().getResponse().getHeader("Location");
        return Long.parseLong(location.substring((CASES + "/").length()));
    }

    private int casesOf(String youth) {
        return jdbc.sql("select count(*) from case_file where youth_name = ?").param(youth).query(Integer.class).single();
    }

    @Test
    void referrerTokenSubmitsAReferralThatReachesTheUtrechtCoordinator() throws Exception {
        String token = tokenOf("verwijzer-utrecht");
        String youth = uniqueName();

        String location = postReferral(token, referral(youth))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.regio").value("utrecht"))
                .andExpect(jsonPath("$.status").value("AANGEMELD"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).startsWith(CASES + "/");
        long id = Long.parseLong(location.substring((CASES + "/").length()));

        mvc.perform(bearer(token, get(CASES).param("grootte", "100")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)))
                .andExpect(content().string(not(containsString(youth))));
        mvc.perform(bearer(token, get(location))).andExpect(status().isOk())
                .andExpect(jsonPath("$.jongere.naam").value(youth))
                .andExpect(jsonPath("$.kernvraag").value("Welke plek past?"))
                .andExpect(jsonPath("$.toestemming.doorOuder").value(true))
                .andExpect(jsonPath("$.tijdlijn[*].gebeurtenis", hasItem("AANGEMELD")));
        mvc.perform(as("coordinator-utrecht", get(CASES)).param("status", "AANGEMELD").param("grootte", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", hasItem((int) id)));

        List<String> recipients = jdbc.sql("select recipient from outbox_mail where kind = 'AANMELDING_ONTVANGEN' and link_path = ?")
                .param("/casussen/" + id).query(String.class).list();
        assertThat(recipients).anyMatch(r -> r.startsWith("coordinator-utrecht@"));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'AANMELDING_INGEDIEND' and object_id = ? and actor = 'verwijzer-utrecht'")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void badReferralIsRefusedWithADutchMessagePerFieldAndNothingIsSaved() throws Exception {
        String youth = uniqueName();
        LocalDate today = LocalDate.now();
        postReferral(tokenOf("verwijzer-utrecht"), referral(youth,
                        "\"geboortedatum\": \"" + today.minusYears(14), "\"geboortedatum\": \"" + today.plusYears(1),
                        "\"kernvraag\": \"Welke plek past?\"", "\"kernvraag\": \"  \"",
                        "\"doorOuder\": true, \"doorJongere\": true", "\"doorOuder\": false, \"doorJongere\": false"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"))
                .andExpect(jsonPath("$.errors[?(@.field == 'jongere.geboortedatum')].message")
                        .value(hasItem(containsString("ligt in de toekomst"))))
                .andExpect(jsonPath("$.errors[?(@.field == 'kernvraag')].message")
                        .value(hasItem("Vul de kernvraag in. Zonder kernvraag kan de tafel niet aan de slag.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'toestemming')].message")
                        .value(hasItem(containsString("Zonder toestemming kunt u niet aanmelden"))));
        assertThat(casesOf(youth)).isZero();
    }

    @Test
    void outsidersGetNotFoundAndDoNotSeeTheCaseInTheirList() throws Exception {
        long id = submitAsUtrechtReferrer(tokenOf("verwijzer-utrecht"), uniqueName());
        String amsterdam = tokenOf("verwijzer-amsterdam");

        mvc.perform(bearer(amsterdam, get(CASES + "/" + id)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Deze casus bestaat niet, of u mag hem niet zien."));
        mvc.perform(bearer(amsterdam, get(CASES).param("grootte", "100"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].id", not(hasItem((int) id))));
        mvc.perform(as("coordinator-amsterdam", get(CASES).param("grootte", "100"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].regio", not(hasItem("utrecht"))));
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'CASUS_BEKEKEN' and outcome = 'DENIED' and object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void policyRoleSeesNoCasesAndMayNotRefer() throws Exception {
        submitAsUtrechtReferrer(tokenOf("verwijzer-utrecht"), uniqueName());
        String policy = tokenOf("beleid-utrecht");

        mvc.perform(bearer(policy, get(CASES))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.totaal").value(0));
        String youth = uniqueName();
        postReferral(policy, referral(youth)).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Alleen verwijzers en coördinatoren kunnen een jongere aanmelden."));
        assertThat(casesOf(youth)).isZero();
    }

    @Test
    void aPossibleDuplicateIsCreatedLikeAnyOtherReferralAndTheAnswerTellsNothingAboutTheOtherCase() throws Exception {
        String youth = uniqueName();
        long existing = submitAsUtrechtReferrer(tokenOf("verwijzer-utrecht"), youth);
        String coordinator = tokenOf("coordinator-utrecht");
        String other = uniqueName();

        var matching = postReferral(coordinator, referral(youth)).andExpect(status().isCreated())
                .andReturn().getResponse();
        var unique = postReferral(coordinator, referral(other)).andExpect(status().isCreated())
                .andReturn().getResponse();

        long created = Long.parseLong(matching.getHeader("Location").substring((CASES + "/").length()));
        long control = Long.parseLong(unique.getHeader("Location").substring((CASES + "/").length()));
        assertThat(withoutIdAndTime(matching.getContentAsString(), created))
                .isEqualTo(withoutIdAndTime(unique.getContentAsString(), control))
                .doesNotContain(String.valueOf(existing));
        assertThat(casesOf(youth)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from case_possible_duplicate where case_id = ? and match_case_id = ?")
                .params(created, existing).query(Integer.class).single()).isEqualTo(1);
        postReferral(coordinator, referral(uniqueName(), "{\"regio\"", "{\"bevestigDubbel\": true, \"regio\""))
                .andExpect(status().isCreated());
    }

    /** The answer without what differs between any two new cases: their number and the moment of the referral. */
    private static String withoutIdAndTime(String json, long id) {
        return json.replaceAll("\\b" + id + "\\b", "#").replaceAll("\"aangemeldOp\":\"[^\"]*\"", "\"aangemeldOp\":\"t\"");
    }

    @Test
    void aUserWhoseReferralsMatchedTooOftenTodayHearsTooManyRequests() throws Exception {
        long referrer = jdbc.sql("select id from app_user where username = 'verwijzer-amstelland-meerlanden'")
                .query(Long.class).single();
        String token = tokenOf("verwijzer-amstelland-meerlanden");
        jdbc.sql("""
                insert into referral_match_quota (user_id, day, matches) values (?, ?, ?)
                on conflict (user_id, day) do update set matches = excluded.matches""")
                .params(referrer, LocalDate.now(java.time.ZoneId.of("Europe/Amsterdam")), Integer.MAX_VALUE).update();
        String youth = uniqueName();
        try {
            postReferral(token, referral(youth, "\"regio\": \"utrecht\"", "\"regio\": \"amstelland-meerlanden\"",
                            "\"gemeente\": \"Utrecht\"", "\"gemeente\": \"Amstelveen\""))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(containsString("U kunt vandaag geen aanmeldingen meer indienen")));
            assertThat(casesOf(youth)).isZero();
        } finally {
            jdbc.sql("delete from referral_match_quota where user_id = ?").param(referrer).update();
        }
    }

    @Test
    void conceptNeedsOnlyNameAndBirthDateAndStaysTheReferrers() throws Exception {
        String youth = uniqueName();
        String token = tokenOf("verwijzer-utrecht");
        String location = postReferral(token, """
                        {"concept": true, "jongere": {"naam": "%s", "geboortedatum": "2014-05-01"}}""".formatted(youth))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("CONCEPT"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(bearer(token, get(CASES).param("status", "CONCEPT").param("grootte", "100")))
                .andExpect(jsonPath("$.items[*].status", not(hasItem("AANGEMELD"))))
                .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(as("coordinator-utrecht", get(location))).andExpect(status().isNotFound());
    }

    @Test
    void refusesARegionTheReferrerDoesNotWorkIn() throws Exception {
        String youth = uniqueName();
        postReferral(tokenOf("verwijzer-utrecht"), referral(youth, "\"regio\": \"utrecht\"", "\"regio\": \"amsterdam\""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("regio"));
        assertThat(casesOf(youth)).isZero();
    }

    @Test
    void refusesAnImpossiblePageSize() throws Exception {
        mvc.perform(as("coordinator-utrecht", get(CASES)).param("grootte", "1000"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("grootte"));
    }

    @Test
    void withoutLoginTheAnswerIsUnauthorizedProblem() throws Exception {
        mvc.perform(get(CASES)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Niet ingelogd"));
        postReferral("geen-geldige-sleutel", referral(uniqueName())).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Niet ingelogd"));
        mvc.perform(post(REFERRALS).contentType(MediaType.APPLICATION_JSON).content(referral(uniqueName())))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Niet ingelogd"));
    }

    @Test
    void sessionPostNeedsCsrfTokenBearerDoesNot() throws Exception {
        String youth = uniqueName();
        mvc.perform(as("verwijzer-utrecht", post(REFERRALS)).contentType(MediaType.APPLICATION_JSON).content(referral(youth)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(casesOf(youth)).isZero();
        mvc.perform(as("verwijzer-utrecht", post(REFERRALS)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(referral(youth)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", containsString(CASES + "/")));
    }

    @Test
    void openApiDescribesTheCaseEndpointsInDutch() throws Exception {
        mvc.perform(as("verwijzer-utrecht", get("/v3/api-docs"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/casussen'].get.summary").value("Casussen die u mag zien"))
                .andExpect(jsonPath("$.paths['/api/v1/casussen/{id}'].get.summary").value("Eén casus"))
                .andExpect(jsonPath("$.paths['/api/v1/aanmeldingen'].post.summary").value("Een jongere aanmelden"))
                .andExpect(content().string(containsString("bevestigDubbel")));
    }
}
