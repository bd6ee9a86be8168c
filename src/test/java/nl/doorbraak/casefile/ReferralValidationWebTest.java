package nl.doorbraak.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The referral form says what is wrong, per field, with the limit and the count, and all of it at once. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ReferralValidationWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    @Test
    void everyProblemComesInOneRoundNamingTheFieldTheLimitAndTheCount() throws Exception {
        String youth = uniqueName();
        mvc.perform(referral(youth, Map.of("description", "x".repeat(5210), "kernvraag", "",
                        "guardian1Contact", "bel maar even", "referrerContact", "verwijzer@school")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De omschrijving is te lang: maximaal 4000 tekens, u heeft er 5210.")))
                .andExpect(content().string(containsString("Vul de kernvraag in.")))
                .andExpect(content().string(containsString(
                        "De telefoon of e-mail van de ouder of verzorger is geen e-mailadres of telefoonnummer.")))
                .andExpect(content().string(containsString("Uw telefoon of e-mail is geen e-mailadres of telefoonnummer.")))
                .andExpect(content().string(containsString("bel maar even")));
        assertThat(cases(youth)).isZero();
    }

    @Test
    void aPhoneNumberOrAnEmailAddressIsAcceptedAsContact() throws Exception {
        String youth = uniqueName();
        mvc.perform(referral(youth, Map.of("guardian1Contact", "+31 30 123 4567", "referrerContact", "ib@school.nl")))
                .andExpect(status().is3xxRedirection());
        assertThat(cases(youth)).isOne();
    }

    @Test
    void aSchoolIsNotChosenForAYouthWhoIsNotEnrolled() throws Exception {
        String youth = uniqueName();
        long school = jdbc.sql("select min(id) from organisation where region_slug = 'utrecht' and type = 'SCHOOL'")
                .query(Long.class).single();
        mvc.perform(referral(youth, Map.of("enrolled", "false", "schoolOrganisationId", String.valueOf(school))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De jongere staat niet ingeschreven, dus kies geen school.")));
        assertThat(cases(youth)).isZero();
    }

    private MockHttpServletRequestBuilder referral(String youth, Map<String, String> overrides) throws Exception {
        MockHttpSession session = (MockHttpSession) mvc.perform(formLogin("/login").user("verwijzer-utrecht")
                .password("demo")).andReturn().getRequest().getSession(false);
        Map<String, String> fields = new LinkedHashMap<>(ReferralFormFields.complete(youth, "utrecht", "Utrecht",
                LocalDate.now()));
        fields.putAll(overrides);
        MockHttpServletRequestBuilder request = post("/aanmeldingen").session(session).with(csrf()).param("actie", "indienen");
        fields.forEach(request::param);
        return request;
    }

    private int cases(String youth) {
        return jdbc.sql("select count(*) from case_file where youth_name = ?").param(youth).query(Integer.class).single();
    }

    private static String uniqueName() {
        return "Testkind " + UUID.randomUUID().toString().substring(0, 8);
    }
}
