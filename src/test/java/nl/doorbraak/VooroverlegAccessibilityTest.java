package nl.doorbraak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import nl.doorbraak.casefile.ReferralFormFields;
import nl.doorbraak.common.Role;
import nl.doorbraak.identity.IdentityFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The vooroverleg pages checked with axe-core, the Nu HTML checker and the console: a joint vooroverleg with the
 * first decision shown to the second decider, the page a coordinator who does not decide sees, and the queue
 * filtered per intake point.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VooroverlegAccessibilityTest {

    @LocalServerPort
    int port;

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;

    @Test
    void jointVooroverlegPagesAndTheIntakePointQueueMeetWcag() throws Exception {
        long amsterdam = referral("amsterdam", "Amsterdam", "VO");
        mvc.perform(post("/vooroverleg/" + amsterdam).session(login("coordinator-amsterdam")).with(csrf())
                        .param("conditionHolds", "true").param("circumstances", "0", "3").param("choice", "TOELATEN")
                        .param("reason", "Instrumenten zijn op."))
                .andExpect(status().is3xxRedirection());
        long zuidoost = referral("zuidoost-utrecht", "Zeist", "PO");
        IdentityFixtures identities = new IdentityFixtures(jdbc, encoder);
        String bystander = identities.user(Role.COORDINATOR);
        jdbc.sql("insert into user_region (user_id, region_slug) values (?, 'amsterdam')")
                .param(identities.idOf(bystander)).update();

        try (HeadlessChromium chromium = HeadlessChromium.start()) {
            List<String> problems = new ArrayList<>();
            problems.addAll(check(chromium, "leerplicht-amsterdam", BrowserAccounts.PASSWORD, page -> {
                assertThat(page.locator("#besluiten").count()).isOne();
                assertThat(page.locator("form[action='/vooroverleg/" + amsterdam + "']").count()).isOne();
            }, "/vooroverleg/" + amsterdam));
            problems.addAll(check(chromium, bystander, IdentityFixtures.PASSWORD, page -> {
                assertThat(page.locator("#geen-beslisser").count()).isOne();
                assertThat(page.locator("form[action='/vooroverleg/" + amsterdam + "']").count()).isZero();
            }, "/vooroverleg/" + amsterdam));
            problems.addAll(check(chromium, "coordinator-zuidoost-utrecht", BrowserAccounts.PASSWORD, page -> {
            }, "/vooroverleg?intakepunt=zuidoost-utrecht:swv-po-zout", "/casussen/" + zuidoost,
                    "/vooroverleg/" + zuidoost));
            assertThat(problems).as("accessibility problems").isEmpty();
        }
    }

    /** Logs in and checks each page; {@code onFirst} asserts what the first page shows. */
    private List<String> check(HeadlessChromium chromium, String username, String password,
            Consumer<Page> onFirst, String... paths) {
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = context.newPage();
            page.navigate(origin() + "/login");
            page.locator("#username").fill(username);
            page.locator("#password").fill(password);
            page.locator("form button[type=submit]").click();
            page.waitForURL(origin() + "/");
            AccessibilityCrawler crawler = new AccessibilityCrawler(page, origin());
            for (int i = 0; i < paths.length; i++) {
                crawler.check(origin() + paths[i], 200);
                if (i == 0) {
                    onFirst.accept(page);
                }
            }
            return crawler.problems();
        }
    }

    private long referral(String region, String municipality, String sector) throws Exception {
        String youth = "Testkind " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> fields = new LinkedHashMap<>(
                ReferralFormFields.complete(youth, region, municipality, LocalDate.now()));
        fields.put("sector", sector);
        fields.put("actie", "indienen");
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(login("verwijzer-" + region)).with(csrf());
        fields.forEach(request::param);
        String location = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring("/casussen/".length()));
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo"))
                .andReturn().getRequest().getSession(false);
    }

    private String origin() {
        return "http://localhost:" + port;
    }
}
