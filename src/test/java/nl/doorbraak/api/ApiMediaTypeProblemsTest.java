package nl.doorbraak.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Requests the API cannot read or answer in the asked format get a Dutch problem, never a 500 or a stack trace. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class ApiMediaTypeProblemsTest {

    private static final String REFERRALS = "/api/v1/aanmeldingen";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService userDetails;

    private MockHttpServletRequestBuilder asReferrer(MockHttpServletRequestBuilder request) {
        return request.with(user(userDetails.loadUserByUsername("verwijzer-utrecht"))).with(csrf());
    }

    @Test
    void answersUnsupportedContentTypeWith415ProblemAndNoErrorLog(CapturedOutput output) throws Exception {
        mvc.perform(asReferrer(post(REFERRALS)).contentType(MediaType.TEXT_PLAIN).content("naam=Kind"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(415))
                .andExpect(jsonPath("$.detail").value("Stuur de gegevens als JSON (Content-Type: application/json)."));
        assertNoErrorLogged(output);
    }

    @Test
    void answersAnUnacceptableAcceptWith406ProblemAndNoErrorLog(CapturedOutput output) throws Exception {
        mvc.perform(asReferrer(get("/api/v1/leerplicht").param("geboortedatum", "2012-03-04"))
                        .accept(MediaType.APPLICATION_XML))
                .andExpect(status().isNotAcceptable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(406))
                .andExpect(jsonPath("$.detail").value("Deze API antwoordt alleen in JSON (Accept: application/json)."));
        assertNoErrorLogged(output);
    }

    @Test
    void answersMalformedJsonWith400Problem(CapturedOutput output) throws Exception {
        mvc.perform(asReferrer(post(REFERRALS)).contentType(MediaType.APPLICATION_JSON).content("{\"jongere\": {"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400));
        assertNoErrorLogged(output);
    }

    @Test
    void refusesAnOversizedJsonBodyWith413Problem(CapturedOutput output) throws Exception {
        String big = "{\"beschrijving\": \"" + "x".repeat(70 * 1024) + "\"}";
        mvc.perform(asReferrer(post(REFERRALS)).contentType(MediaType.APPLICATION_JSON).content(big))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(413))
                .andExpect(jsonPath("$.detail").value("De gegevens zijn te groot. Stuur hoogstens 64 kB."));
        assertNoErrorLogged(output);
    }

    private static void assertNoErrorLogged(CapturedOutput output) {
        assertThat(output.getAll()).doesNotContain(" ERROR ").doesNotContain("\tat org.springframework");
    }
}
