package nl.doorbraak.region.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** No source names who has doorzettingsmacht, so every region page says it is not set rather than guessing. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegionFinalSayPageTest {

    @Autowired
    MockMvc mvc;

    @Test
    @WithMockUser(roles = "BEHEERDER")
    void saysTheFinalSayIsNotSetWhenTheWerkwijzeDoesNotSay() throws Exception {
        mvc.perform(get("/beheer/regios/amsterdam")).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"doorzettingsmacht\""),
                        containsString("Niet vastgelegd in de werkwijze"))));
    }
}
