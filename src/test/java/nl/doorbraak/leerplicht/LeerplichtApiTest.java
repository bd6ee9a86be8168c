package nl.doorbraak.leerplicht;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.doorbraak.common.Role;
import nl.doorbraak.identity.IdentityFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeerplichtApiTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired UserDetailsService userDetails;
    String username;

    @BeforeEach
    void setUp() {
        username = new IdentityFixtures(jdbc, encoder).user(Role.VERWIJZER);
    }

    private MockHttpServletRequestBuilder asUser(MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername(username)));
    }

    @Test
    void givesTheDatesForALoggedInUser() throws Exception {
        mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2019-09-02")))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.leerplichtigVanaf").value("2024-10-01"))
                .andExpect(jsonPath("$.leerplichtEindigtOp").value("2036-07-31"))
                .andExpect(jsonPath("$.kwalificatieplichtEindigtOp").value("2037-09-02"));
    }

    @Test
    void startsLeerplichtOnTheFirstSchoolDayNotOnASaturday() throws Exception {
        mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2011-09-02")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leerplichtigVanaf").value("2016-10-03"))
                .andExpect(jsonPath("$.vakantieregio").value(nullValue()))
                .andExpect(jsonPath("$.schoolvakantiesBekend").value(false));
    }

    @Test
    void countsTheSummerHolidayOfTheChosenHolidayRegion() throws Exception {
        mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2020-07-10").param("vakantieregio", "midden")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.leerplichtigVanaf").value("2025-09-01"))
                .andExpect(jsonPath("$.vakantieregio").value("midden"))
                .andExpect(jsonPath("$.schoolvakantiesBekend").value(true));
        mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2020-07-10").param("vakantieregio", "zuid")))
                .andExpect(jsonPath("$.leerplichtigVanaf").value("2025-08-18"));
    }

    @Test
    void refusesAnUnknownHolidayRegion() throws Exception {
        expectFieldProblem(mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2019-09-02")
                .param("vakantieregio", "oost"))), "vakantieregio", "noord, midden of zuid");
    }

    @Test
    void writesAnExplicitNullWhenTheDiplomaCameBeforeLeerplichtEnded() throws Exception {
        mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2008-09-15")
                        .param("startkwalificatie", "2025-07-01")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kwalificatieplichtEindigtOp").value(nullValue()))
                .andExpect(content().string(containsString("\"kwalificatieplichtEindigtOp\":null")));
    }

    @Test
    void refusesAnUnreadableDateWithADutchProblem() throws Exception {
        expectFieldProblem(mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "15-09-2008"))),
                "geboortedatum", "JJJJ-MM-DD");
    }

    @Test
    void refusesAMissingDateOfBirth() throws Exception {
        expectFieldProblem(mvc.perform(asUser(get("/api/v1/leerplicht"))), "geboortedatum", "Vul dit veld in");
    }

    @Test
    void refusesABirthInTheFuture() throws Exception {
        expectFieldProblem(mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2999-01-01"))),
                "geboortedatum", "in de toekomst");
    }

    @Test
    void refusesADiplomaBeforeBirth() throws Exception {
        expectFieldProblem(mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2010-05-05")
                .param("startkwalificatie", "2009-01-01"))), "startkwalificatie", "voor de geboortedatum");
    }

    @Test
    void refusesAnUnreadableDiplomaDate() throws Exception {
        expectFieldProblem(mvc.perform(asUser(get("/api/v1/leerplicht").param("geboortedatum", "2010-05-05")
                .param("startkwalificatie", "gisteren"))), "startkwalificatie", "JJJJ-MM-DD");
    }

    @Test
    void answersUnauthenticatedCallsWith401ProblemInsteadOfARedirect() throws Exception {
        mvc.perform(get("/api/v1/leerplicht").param("geboortedatum", "2019-09-02"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Niet ingelogd"))
                .andExpect(jsonPath("$.detail", containsString("Bearer")))
                .andExpect(jsonPath("$.instance").value("/api/v1/leerplicht"));
    }

    private static void expectFieldProblem(ResultActions result, String field, String messagePart) throws Exception {
        result.andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("urn:doorbraak:probleem:ongeldige-invoer"))
                .andExpect(jsonPath("$.title").value("Ongeldige invoer"))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.detail", containsString("per veld")))
                .andExpect(jsonPath("$.instance").value("/api/v1/leerplicht"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.errors[0].message", containsString(messagePart)));
    }
}
