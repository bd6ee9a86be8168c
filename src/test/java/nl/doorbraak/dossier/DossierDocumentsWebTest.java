package nl.doorbraak.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Documents in the dossier through the real pages: added by the inbrenger, typed by their content, refused in Dutch
 * when wrong or too large, downloaded only as an attachment, sent along with the dossier, hidden from everyone
 * else, and every step audited without the file name.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DossierDocumentsWebTest {

    static final String FILE_NAME = "OPP Dossierkind geheim.pdf";

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    DossierFixtures f;

    @BeforeEach
    void fixtures() {
        f = new DossierFixtures(mvc, jdbc);
    }

    @Test
    void theInbrengerAddsAnOppThatTheCoordinatorDownloadsAsAnAttachmentAndBothAreAudited() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());
        MvcResult added = upload(f.login("verwijzer-utrecht"), caseId, "OPP", FILE_NAME, "application/pdf",
                DocumentSamples.PDF).andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashSuccess", "Het document is toegevoegd aan het dossier.")).andReturn();
        long documentId = lastDocument(caseId);
        MockHttpSession coordinator = f.login("coordinator-utrecht");

        mvc.perform(get("/casussen/" + caseId + "/dossier").session(coordinator))
                .andExpect(content().string(containsString(FILE_NAME)))
                .andExpect(content().string(containsString("/casussen/" + caseId + "/dossier/documenten/" + documentId)));
        byte[] body = mvc.perform(get("/casussen/" + caseId + "/dossier/documenten/" + documentId).session(coordinator))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("attachment;")))
                .andExpect(header().string("Content-Disposition", not(containsString("inline"))))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(body).isEqualTo(DocumentSamples.PDF);
        assertThat(added.getResponse().getRedirectedUrl()).doesNotContain("OPP").doesNotContain("geheim");
        assertThat(audit(caseId, "DOSSIER_DOCUMENT_TOEGEVOEGD")).singleElement().asString()
                .startsWith("SUCCESS verwijzer-utrecht document " + documentId + ", OPP, PDF");
        assertThat(audit(caseId, "DOSSIER_DOCUMENT_GEDOWNLOAD")).containsExactly(
                "SUCCESS coordinator-utrecht document " + documentId + ", OPP");
        assertThat(f.count("select count(*) from audit_log where details like '%geheim%'")).isZero();
        assertThat(jdbc.sql("select media_type || ' ' || size_bytes || ' ' || length(sha256) from dossier_document "
                + "where id = ?").param(documentId).query(String.class).single())
                .isEqualTo("application/pdf " + DocumentSamples.PDF.length + " 64");
    }

    @Test
    void theTypeComesFromTheContentNeverFromTheNameOrTheBrowser() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");

        upload(inbrenger, caseId, "RAPPORT", "rapport.pdf", "application/pdf", DocumentSamples.PNG)
                .andExpect(status().is3xxRedirection());
        upload(inbrenger, caseId, "BRIEF", "brief.txt", "text/plain", DocumentSamples.docx())
                .andExpect(status().is3xxRedirection());
        upload(inbrenger, caseId, "OVERIG", "foto.png", "image/png", DocumentSamples.JPEG)
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select media_type from dossier_document where case_id = ? order by id").param(caseId)
                .query(String.class).list()).containsExactly("image/png",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "image/jpeg");
        mvc.perform(get("/casussen/" + caseId + "/dossier/documenten/" + lastDocument(caseId)).session(inbrenger))
                .andExpect(header().string("Content-Type", "image/jpeg"));
    }

    @Test
    void aProgramNamedLikeAPdfIsRefusedWithADutchMessageAndADeniedRow() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());

        upload(f.login("verwijzer-utrecht"), caseId, "OPP", "opp.pdf", "application/pdf", DocumentSamples.EXE)
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flashError", "Bestand: dit soort bestand kan niet. Kies een PDF, een "
                        + "Word-bestand (DOCX of DOC) of een afbeelding (PNG of JPEG)."))
                .andExpect(flash().attribute("documentKind", "OPP"));
        upload(f.login("verwijzer-utrecht"), caseId, "OPP", "werkboek.docx", "application/pdf", DocumentSamples.xlsx())
                .andExpect(flash().attribute("flashError", containsString("dit soort bestand kan niet")));

        assertThat(f.count("select count(*) from dossier_document where case_id = ?", caseId)).isZero();
        assertThat(audit(caseId, "DOSSIER_DOCUMENT_TOEGEVOEGD")).containsExactly(
                "DENIED verwijzer-utrecht geweigerd: type niet toegestaan (application/x-msdownload)",
                "DENIED verwijzer-utrecht geweigerd: type niet toegestaan (application/x-tika-ooxml)");
    }

    @Test
    void aFileOverTheLimitIsRefusedWithTheLimitAndItsSize() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());
        byte[] large = new byte[12 * 1024 * 1024];
        System.arraycopy(DocumentSamples.PDF, 0, large, 0, DocumentSamples.PDF.length);

        upload(f.login("verwijzer-utrecht"), caseId, "RAPPORT", "groot.pdf", "application/pdf", large)
                .andExpect(flash().attribute("flashError",
                        "Bestand: het bestand is te groot. Het mag hoogstens 10 MB zijn; dit bestand is 12 MB."));
        upload(f.login("verwijzer-utrecht"), caseId, null, "opp.pdf", "application/pdf", DocumentSamples.PDF)
                .andExpect(flash().attribute("flashError", "Soort document: kies wat voor document het is."));

        assertThat(f.count("select count(*) from dossier_document where case_id = ?", caseId)).isZero();
        assertThat(audit(caseId, "DOSSIER_DOCUMENT_TOEGEVOEGD")).containsExactly(
                "DENIED verwijzer-utrecht geweigerd: te groot (" + large.length + " bytes)",
                "DENIED verwijzer-utrecht geweigerd: geen soort document gekozen");
    }

    @Test
    void documentsGoAlongWhenTheDossierIsSentAndNotBefore() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());
        long meeting = f.planned(caseId);
        f.addUser(meeting, caseId, "deelnemer-utrecht");
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        upload(inbrenger, caseId, "OPP", FILE_NAME, "application/pdf", DocumentSamples.PDF);
        long documentId = lastDocument(caseId);
        MockHttpSession participant = f.login("deelnemer-utrecht");
        String download = "/casussen/" + caseId + "/dossier/documenten/" + documentId;
        mvc.perform(get(download).session(participant)).andExpect(status().isNotFound());

        DossierSending.send(mvc, inbrenger, caseId);

        mvc.perform(get("/casussen/" + caseId + "/dossier").session(participant))
                .andExpect(content().string(containsString(FILE_NAME)))
                .andExpect(content().string(not(containsString("Document toevoegen"))));
        mvc.perform(get(download).session(participant)).andExpect(status().isOk());
        mvc.perform(post(download + "/verwijderen").session(participant).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(f.count("select count(*) from dossier_document where id = ?", documentId)).isOne();
    }

    @Test
    void anUninvolvedUserOfAnotherRegionGetsNothingOfAnotherCasesDocument() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());
        upload(f.login("verwijzer-utrecht"), caseId, "OPP", FILE_NAME, "application/pdf", DocumentSamples.PDF);
        long documentId = lastDocument(caseId);
        String download = "/casussen/" + caseId + "/dossier/documenten/" + documentId;

        for (String outsider : List.of("coordinator-amsterdam", "verwijzer-amsterdam", "deelnemer-amsterdam")) {
            MockHttpSession session = f.login(outsider);
            assertThat(statusOf(upload(session, caseId, "OPP", "x.pdf", "application/pdf", DocumentSamples.PDF)))
                    .as(outsider + " upload").isIn(403, 404);
            assertThat(statusOf(mvc.perform(get("/casussen/" + caseId + "/dossier").session(session))))
                    .as(outsider + " list").isIn(403, 404);
            assertThat(statusOf(mvc.perform(get(download).session(session)))).as(outsider + " download").isIn(403, 404);
            assertThat(statusOf(mvc.perform(post(download + "/verwijderen").session(session).with(csrf()))))
                    .as(outsider + " remove").isIn(403, 404);
            assertThat(statusOf(mvc.perform(get("/casussen/" + caseId + "/dossier/pdf").session(session))))
                    .as(outsider + " pdf").isIn(403, 404);
        }
        assertThat(f.count("select count(*) from dossier_document where case_id = ?", caseId)).isOne();
        assertThat(f.count("select count(*) from audit_log where subject_ref = ? and outcome = 'SUCCESS' and actor "
                + "like '%-amsterdam'", "casus:" + caseId)).isZero();
    }

    @Test
    void aDocumentIdOfAnotherCaseIsNotFoundThroughOnesOwnCase() throws Exception {
        long own = f.admitted(DossierFixtures.uniqueName());
        long other = f.admitted(DossierFixtures.uniqueName());
        MockHttpSession coordinator = f.login("coordinator-utrecht");
        upload(coordinator, other, "BRIEF", "brief.png", "image/png", DocumentSamples.PNG);
        long otherDocument = lastDocument(other);

        mvc.perform(get("/casussen/" + own + "/dossier/documenten/" + otherDocument).session(coordinator))
                .andExpect(status().isNotFound());
        mvc.perform(post("/casussen/" + own + "/dossier/documenten/" + otherDocument + "/verwijderen")
                .session(coordinator).with(csrf())).andExpect(status().isNotFound());

        assertThat(f.count("select count(*) from dossier_document where id = ?", otherDocument)).isOne();
        assertThat(audit(own, "DOSSIER_DOCUMENT_GEDOWNLOAD")).containsExactly("DENIED coordinator-utrecht geweigerd: "
                + "document " + otherDocument + " hoort niet bij dit dossier");
    }

    @Test
    void theInbrengerRemovesADocumentAndItsContentGoesWithIt() throws Exception {
        long caseId = f.admitted(DossierFixtures.uniqueName());
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        upload(inbrenger, caseId, "BRIEF", "brief.doc", "application/octet-stream", DocumentSamples.doc());
        long documentId = lastDocument(caseId);

        mvc.perform(post("/casussen/" + caseId + "/dossier/documenten/" + documentId + "/verwijderen")
                        .session(inbrenger).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "Het document is verwijderd uit het dossier."));

        assertThat(f.count("select count(*) from dossier_document where id = ?", documentId)).isZero();
        assertThat(f.count("select count(*) from dossier_document_content where document_id = ?", documentId)).isZero();
        assertThat(audit(caseId, "DOSSIER_DOCUMENT_VERWIJDERD")).singleElement().asString()
                .startsWith("SUCCESS verwijzer-utrecht document " + documentId + ", BRIEF, sha256 ");
        assertThat(audit(caseId, "DOSSIER_DOCUMENT_TOEGEVOEGD")).singleElement().asString().contains(", DOC, ");
    }

    @Test
    void theDemoSendsAFictionalOppWithOneDossierOfEachRegion() {
        // other tests in this database upload files too, some under the same name: look only at sent demo dossiers
        List<String> demo = jdbc.sql("""
                select distinct c.region_slug || ' ' || d.kind || ' ' || d.media_type
                from dossier_document d join case_file c on c.id = d.case_id join dossier s on s.case_id = d.case_id
                where d.file_name = 'OPP (verzonnen).pdf' and s.sent_at is not null order by 1""").query(String.class).list();

        assertThat(demo).containsExactly("amstelland-meerlanden OPP application/pdf", "amsterdam OPP application/pdf",
                "tilburg OPP application/pdf", "utrecht OPP application/pdf", "zuidoost-utrecht OPP application/pdf");
        byte[] content = jdbc.sql("""
                select content from dossier_document_content x join dossier_document d on d.id = x.document_id
                where d.file_name = 'OPP (verzonnen).pdf' order by d.id limit 1""").query((rs, n) -> rs.getBytes(1)).single();
        assertThat(new String(content, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private ResultActions upload(MockHttpSession session, long caseId, String kind, String name, String type,
            byte[] bytes) throws Exception {
        var request = multipart("/casussen/" + caseId + "/dossier/documenten")
                .file(new MockMultipartFile("bestand", name, type, bytes)).session(session).with(csrf());
        if (kind != null) {
            request.param("soort", kind);
        }
        return mvc.perform(request);
    }

    private static int statusOf(ResultActions result) {
        return result.andReturn().getResponse().getStatus();
    }

    private long lastDocument(long caseId) {
        return jdbc.sql("select max(id) from dossier_document where case_id = ?").param(caseId).query(Long.class).single();
    }

    private List<String> audit(long caseId, String action) {
        return jdbc.sql("select outcome || ' ' || actor || ' ' || coalesce(details, '') from audit_log "
                + "where action = ? and subject_ref = ? order by id").params(action, "casus:" + caseId)
                .query(String.class).list();
    }
}
