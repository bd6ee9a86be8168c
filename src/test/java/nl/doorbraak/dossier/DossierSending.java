package nl.doorbraak.dossier;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Test step: the inbrenger writes a short analysis and sends the dossier, which gives the participants access. */
public final class DossierSending {

    private DossierSending() {
    }

    public static void send(MockMvc mvc, MockHttpSession inbrenger, long caseId) throws Exception {
        mvc.perform(post("/casussen/" + caseId + "/dossier").session(inbrenger).with(csrf())
                        .param("homeSituation", "Woont bij moeder; het gezin staat onder druk.").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/casussen/" + caseId + "/dossier/versturen").session(inbrenger).with(csrf()))
                .andExpect(status().is3xxRedirection());
    }
}
