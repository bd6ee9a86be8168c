package nl.doorbraak.api;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OpenApiDescriptionTest {

    @Autowired MockMvc mvc;

    @Test
    void describesTheLeerplichtEndpointAndTheBearerScheme() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user("lezer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("Doorbraak API"))
                .andExpect(jsonPath("$.paths['/api/v1/leerplicht'].get.summary").value("Leerplicht en kwalificatieplicht berekenen"))
                .andExpect(jsonPath("$.components.securitySchemes.apiSleutel.scheme").value("bearer"))
                .andExpect(jsonPath("$.paths['/api/v1/leertafel/anonimiteitscheck'].post.summary")
                        .value("Een tekst controleren op gegevens die iemand herkenbaar maken"))
                .andExpect(content().string(containsString("geboortedatum")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/api/**"))));
    }

    @Test
    void requiresALogin() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isUnauthorized());
    }

    @Test
    void unknownApiPathIsAProblemNotTheHtmlErrorPage() throws Exception {
        mvc.perform(get("/api/v1/bestaat-niet").with(user("lezer")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:doorbraak:probleem:niet-gevonden"))
                .andExpect(jsonPath("$.detail").value("Dit adres bestaat niet in de API."));
    }
}
