package nl.doorbraak.verslag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import nl.doorbraak.dossier.DossierContent;
import nl.doorbraak.dossier.Dossiers;
import nl.doorbraak.verslag.MeetingModeFixture.Planned;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class MeetingModeWebTest {

    /** The dossier module is built on another branch; this one gives every case the same analysis. */
    @TestConfiguration
    static class SomeDossier {
        @Bean
        @Primary
        Dossiers someDossier() {
            return caseId -> Optional.of(new DossierContent("Woont bij moeder.", null, null, "Slaapt slecht.", null,
                    null, "Twee scholen geprobeerd.", "Angst voor de klas.", "Wil graag leren.", null,
                    "Dat ouders meedenken.", null));
        }
    }

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    MeetingModeFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new MeetingModeFixture(mvc, jdbc);
    }

    MockHttpServletRequestBuilder save(MockHttpSession session, Planned p, int version) {
        return post("/verslagen/" + p.itemId()).session(session).with(csrf()).param("version", String.valueOf(version));
    }

    String sections(long itemId) {
        return jdbc.sql("select sections::text from verslag where agenda_item_id = ?").param(itemId).query(String.class)
                .single();
    }

    int audited(String action, long caseId, String actor) {
        return jdbc.sql("select count(*) from audit_log where action = ? and subject_ref = ? and actor = ?")
                .params(action, "casus:" + caseId, actor).query(Integer.class).single();
    }

    @Test
    void chairOpensAndSaves() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString(p.youth())))
                .andExpect(content().string(containsString("Wie voert de regie, wordt casusmanager?")))
                .andExpect(content().string(containsString("Heeft de leerling alles kunnen vertellen?")))
                .andExpect(content().string(containsString("uitgenodigd maar afwezig")))
                .andExpect(content().string(containsString("U kunt het verslag vaststellen zodra het overleg begint")));

        mvc.perform(save(chair, p, 0).param("sections[geschiedenis]", "Eerder thuisonderwijs geprobeerd.")
                        .param("attendance[" + p.deelnemer() + "]", "AANWEZIG")
                        .param("attendance[" + p.parent() + "]", "AFWEZIG")
                        .param("regiehouderId", String.valueOf(p.deelnemer()))
                        .param("fixedContactId", String.valueOf(p.parent()))
                        .param("monitoringFrequency", "WEKELIJKS").param("monitoringChannel", "E-mail aan alle aanwezigen")
                        .param("monitoringById", String.valueOf(p.deelnemer()))
                        .param("checklist[0].answer", "").param("checklist[0].notPresent", "true")
                        .param("checklist[2].answer", "Ja, het doel is terug naar school.")
                        .param("nextMeetingOn", LocalDate.now().plusWeeks(6).toString())
                        .param("nextParticipantIds", String.valueOf(p.deelnemer())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/verslagen/" + p.itemId()));

        assertThat(sections(p.itemId())).contains("Eerder thuisonderwijs geprobeerd.");
        assertThat(jdbc.sql("select regiehouder_id from verslag where agenda_item_id = ?").param(p.itemId())
                .query(Long.class).single()).isEqualTo(p.deelnemer());
        assertThat(jdbc.sql("""
                select present from verslag_attendance a join verslag v on v.id = a.verslag_id
                where v.agenda_item_id = ? and a.participant_id = ?""").params(p.itemId(), p.parent())
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("""
                select not_present from verslag_checklist_answer c join verslag v on v.id = c.verslag_id
                where v.agenda_item_id = ? and c.position = 0""").param(p.itemId()).query(Boolean.class).single()).isTrue();
        assertThat(audited("VERSLAG_GEWIJZIGD", p.caseId(), "voorzitter-utrecht")).isEqualTo(1);
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair))
                .andExpect(content().string(containsString("Eerder thuisonderwijs geprobeerd.")));
    }

    @Test
    void staleSaveIsRefusedAndNothingOverwritten() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        MockHttpSession coordinator = fixture.login("coordinator-utrecht");
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair)).andExpect(status().isOk());
        mvc.perform(save(coordinator, p, 0).param("sections[zorg]", "Tekst van de coordinator."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(save(chair, p, 0).param("sections[zorg]", "Tekst van de voorzitter."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft het verslag intussen opgeslagen.")))
                .andExpect(content().string(containsString("Tekst van de voorzitter.")))
                .andExpect(content().string(containsString("Tekst van de coordinator.")));

        assertThat(sections(p.itemId())).contains("Tekst van de coordinator.").doesNotContain("voorzitter");
    }

    @Test
    void agreementErrorIsShownNextToTheFieldWithTheInputKept() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf())
                        .param("what", "Plek op het VSO regelen").param("dueOn", LocalDate.now().plusDays(10).toString())
                        .param("result", "Startdatum bekend"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"ownerId-error\"")))
                .andExpect(content().string(containsString("Een afspraak heeft een eigenaar nodig: kies een deelnemer.")))
                .andExpect(content().string(containsString("Plek op het VSO regelen")));

        mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf())
                        .param("what", "Plek op het VSO regelen").param("ownerId", String.valueOf(p.deelnemer()))
                        .param("dueOn", LocalDate.now().plusDays(10).toString()).param("result", "Startdatum bekend"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("""
                select a.owner_user_id from verslag_agreement a join verslag v on v.id = a.verslag_id
                where v.agenda_item_id = ?""").param(p.itemId()).query(Long.class).single())
                .isEqualTo(fixture.userId("deelnemer-utrecht"));
    }

    @Test
    void refusesAnAgreementDueOnOrBeforeTheMeetingDay() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        LocalDate meetingDay = jdbc.sql("select starts_at::date from meeting where id = ?").param(p.meetingId())
                .query(LocalDate.class).single();
        for (LocalDate due : new LocalDate[] {meetingDay, meetingDay.minusDays(1)}) {
            mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf())
                            .param("what", "Ouders bellen").param("ownerId", String.valueOf(p.deelnemer()))
                            .param("dueOn", due.toString()).param("result", "Ouders weten het"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Kies een datum na de dag van het overleg.")))
                    .andExpect(content().string(containsString("Ouders bellen")));
        }
        assertThat(jdbc.sql("select count(*) from verslag_agreement a join verslag v on v.id = a.verslag_id "
                + "where v.agenda_item_id = ?").param(p.itemId()).query(Integer.class).single()).isZero();
        mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf())
                        .param("what", "Ouders bellen").param("ownerId", String.valueOf(p.deelnemer()))
                        .param("dueOn", meetingDay.plusDays(1).toString()).param("result", "Ouders weten het"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void scenarioNeedsAnOwner() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(post("/verslagen/" + p.itemId() + "/scenarios").session(chair).with(csrf())
                        .param("ifThis", "De school zegt nee").param("thenThat", "Opschalen"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een scenario heeft een eigenaar nodig")));
        mvc.perform(post("/verslagen/" + p.itemId() + "/scenarios").session(chair).with(csrf())
                        .param("ifThis", "De school zegt nee").param("thenThat", "Opschalen")
                        .param("scenarioOwnerId", String.valueOf(p.parent())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair))
                .andExpect(content().string(containsString("De school zegt nee")));
    }

    @Test
    void aParticipantWhoIsNotChairSeesNoDraft() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession participant = fixture.login("deelnemer-utrecht");
        mvc.perform(get("/verslagen/" + p.itemId()).session(participant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("nog niet vastgesteld")))
                .andExpect(content().string(not(containsString("<textarea"))));
        mvc.perform(save(participant, p, 0).param("sections[zorg]", "Mag niet.")).andExpect(status().isForbidden());
    }

    @Test
    void aParticipantsRefusedEditLeavesOneDeniedRowAndNoReadRow() throws Exception {
        Planned p = fixture.planned();
        mvc.perform(save(fixture.login("deelnemer-utrecht"), p, 0).param("sections[zorg]", "Mag niet."))
                .andExpect(status().isForbidden());

        assertThat(jdbc.sql("""
                select action || ' ' || outcome || ' ' || coalesce(details, '') from audit_log
                where actor = 'deelnemer-utrecht' and subject_ref = ? and action like 'VERSLAG%' order by id""")
                .param("casus:" + p.caseId()).query(String.class).list()).containsExactly("VERSLAG_GEWIJZIGD DENIED "
                        + "geweigerd: alleen de voorzitter en de coördinatoren van de regio maken het verslag");
    }

    @Test
    void anUnrelatedUserGets404() throws Exception {
        Planned p = fixture.planned();
        mvc.perform(get("/verslagen/" + p.itemId()).session(fixture.login("voorzitter-amsterdam")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/verslagen/" + p.itemId()).session(fixture.login("verwijzer-amsterdam")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/verslagen/999999999").session(fixture.login("voorzitter-utrecht")))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'VERSLAG_BEKEKEN' and outcome = 'DENIED' "
                + "and subject_ref = ? and actor = 'voorzitter-amsterdam'").param("casus:" + p.caseId())
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void coordinatorMayEdit() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession coordinator = fixture.login("coordinator-utrecht");
        mvc.perform(get("/verslagen/" + p.itemId()).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("<textarea")))
                .andExpect(content().string(not(containsString("/vaststellen"))));
        mvc.perform(save(coordinator, p, 0).param("sections[zorg]", "Jeugdhulp thuis."))
                .andExpect(status().is3xxRedirection());
        assertThat(sections(p.itemId())).contains("Jeugdhulp thuis.");
    }

    @Test
    void theDossierPrefillsSectionsThatWereNeverSaved() throws Exception {
        Planned p = fixture.planned();
        mvc.perform(get("/verslagen/" + p.itemId()).session(fixture.login("voorzitter-utrecht")))
                .andExpect(content().string(containsString("Thuissituatie: Woont bij moeder.")))
                .andExpect(content().string(containsString("Belemmerende factoren: Angst voor de klas.")))
                .andExpect(content().string(containsString("Twee scholen geprobeerd.")));
    }

    @Test
    void aFinalisedVerslagOpensItsLatestVersionAndRefusesChanges() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair)).andExpect(status().isOk());
        jdbc.sql("update verslag set status = 'VASTGESTELD', latest_version = 1 where agenda_item_id = ?")
                .param(p.itemId()).update();
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair))
                .andExpect(redirectedUrl("/verslagen/" + p.itemId() + "/versies/1"));
        mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf())
                        .param("what", "Iets").param("ownerId", String.valueOf(p.deelnemer()))
                        .param("dueOn", LocalDate.now().toString()).param("result", "Klaar"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from verslag_agreement a join verslag v on v.id = a.verslag_id "
                + "where v.agenda_item_id = ?").param(p.itemId()).query(Integer.class).single()).isZero();
    }

    @Test
    void theChairFindsTheMeetingUnderMijnTafels() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(get("/verslagen").session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("/verslagen/" + p.itemId())))
                .andExpect(content().string(containsString(p.youth())))
                .andExpect(content().string(containsString("Mijn tafels")));
        assertThat(audited("TAFELLIJST_BEKEKEN", p.caseId(), "voorzitter-utrecht")).isPositive();
        mvc.perform(get("/planning/vergaderingen/" + p.meetingId()).session(fixture.login("coordinator-utrecht")))
                .andExpect(content().string(containsString("/verslagen/" + p.itemId())));
    }
    MockHttpServletRequestBuilder autosave(MockHttpSession session, Planned p, int version) {
        return post("/verslagen/" + p.itemId() + "/concept").session(session).with(csrf()).header("HX-Request", "true")
                .param("version", String.valueOf(version));
    }

    List<String> draftAudit(long caseId) {
        return jdbc.sql("""
                select outcome || ' ' || coalesce(details, '') from audit_log
                where action = 'VERSLAG_GEWIJZIGD' and subject_ref = ? order by id""").param("casus:" + caseId)
                .query(String.class).list();
    }

    int draftVersion(long itemId) {
        return jdbc.sql("select version from verslag where agenda_item_id = ?").param(itemId).query(Integer.class).single();
    }

    @Test
    void autosaveStoresTheTypedDraftAndAnswersWithTheTimeInDutchTime() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair)).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-hx-post=\"/verslagen/" + p.itemId() + "/concept\"")));

        String answer = mvc.perform(autosave(chair, p, 0).param("sections[geschiedenis]", "Tijdens het overleg getypt.")
                        .param("attendance[" + p.deelnemer() + "]", "AANWEZIG"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opgeslagen om")))
                .andExpect(content().string(containsString("id=\"version\" name=\"version\" value=\"1\" data-hx-swap-oob=\"true\"")))
                .andReturn().getResponse().getContentAsString();

        Matcher shown = Pattern.compile("<time datetime=\"([^\"]+)\">(\\d\\d:\\d\\d)</time>").matcher(answer);
        assertThat(shown.find()).as(answer).isTrue();
        OffsetDateTime at = OffsetDateTime.parse(shown.group(1));
        assertThat(at.getOffset()).isEqualTo(ZoneId.of("Europe/Amsterdam").getRules().getOffset(at.toInstant()));
        assertThat(shown.group(2)).isEqualTo(at.format(DateTimeFormatter.ofPattern("HH:mm")));
        assertThat(sections(p.itemId())).contains("Tijdens het overleg getypt.");
        assertThat(jdbc.sql("""
                select present from verslag_attendance a join verslag v on v.id = a.verslag_id
                where v.agenda_item_id = ? and a.participant_id = ?""").params(p.itemId(), p.deelnemer())
                .query(Boolean.class).single()).isTrue();
        assertThat(draftAudit(p.caseId())).containsExactly("SUCCESS hoofdformulier automatisch opgeslagen");
    }

    @Test
    void anAutosaveThatChangesNothingWritesNothing() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(autosave(chair, p, 0).param("sections[zorg]", "Ambulante hulp.")).andExpect(status().isOk());

        mvc.perform(autosave(chair, p, 1).param("sections[zorg]", "Ambulante hulp.")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Opgeslagen om")))
                .andExpect(content().string(containsString("value=\"1\"")));
        // an older copy that says the same is no conflict either: it just continues from the stored version
        mvc.perform(autosave(chair, p, 0).param("sections[zorg]", "Ambulante hulp.")).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1\"")));

        assertThat(draftVersion(p.itemId())).isEqualTo(1);
        assertThat(draftAudit(p.caseId())).hasSize(1);
    }

    @Test
    void autosaveNeedsTheCsrfToken() throws Exception {
        Planned p = fixture.planned();
        mvc.perform(post("/verslagen/" + p.itemId() + "/concept").session(fixture.login("voorzitter-utrecht"))
                        .with(csrf().useInvalidToken()).param("version", "0").param("sections[zorg]", "Zonder token."))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from verslag where agenda_item_id = ? and sections::text like '%Zonder token%'")
                .param(p.itemId()).query(Integer.class).single()).isZero();
    }

    @Test
    void autosaveIsRefusedOnceTheVerslagIsFinalised() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(autosave(chair, p, 0).param("sections[zorg]", "Voor het vaststellen.")).andExpect(status().isOk());
        jdbc.sql("update verslag set status = 'VASTGESTELD', latest_version = 1 where agenda_item_id = ?")
                .param(p.itemId()).update();

        mvc.perform(autosave(chair, p, 1).param("sections[zorg]", "Na het vaststellen."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Niet opgeslagen. Dit verslag is al vastgesteld")));

        assertThat(sections(p.itemId())).contains("Voor het vaststellen.").doesNotContain("Na het");
        assertThat(draftAudit(p.caseId())).containsExactly("SUCCESS hoofdformulier automatisch opgeslagen",
                "DENIED geweigerd: Dit verslag is al vastgesteld en kan niet meer worden gewijzigd.");
    }

    @Test
    void autosaveOfAStaleCopyIsRefusedAndOverwritesNothing() throws Exception {
        Planned p = fixture.planned();
        mvc.perform(save(fixture.login("coordinator-utrecht"), p, 0).param("sections[zorg]", "Tekst van de coordinator."))
                .andExpect(status().is3xxRedirection());

        mvc.perform(autosave(fixture.login("voorzitter-utrecht"), p, 0).param("sections[zorg]", "Tekst van de voorzitter."))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Iemand anders heeft het verslag intussen opgeslagen")));

        assertThat(sections(p.itemId())).contains("Tekst van de coordinator.").doesNotContain("voorzitter");
    }

    @Test
    void aParticipantsAutosaveIsRefused() throws Exception {
        Planned p = fixture.planned();
        mvc.perform(autosave(fixture.login("deelnemer-utrecht"), p, 0).param("sections[zorg]", "Mag niet."))
                .andExpect(status().isForbidden());
        assertThat(draftAudit(p.caseId())).containsExactly(
                "DENIED geweigerd: alleen de voorzitter en de coördinatoren van de regio maken het verslag");
    }

    @Test
    void addingAnAgreementSavesTheTypedDraftFirst() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        MvcResult added = mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf())
                        .param("version", "0").param("sections[geschiedenis]", "Typte de voorzitter net.")
                        .param("attendance[" + p.parent() + "]", "AFWEZIG")
                        .param("what", "Plek op het VSO regelen").param("ownerId", String.valueOf(p.deelnemer()))
                        .param("dueOn", LocalDate.now().plusDays(10).toString()).param("result", "Startdatum bekend")
                        .param("ifThis", "De school zegt nee"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/verslagen/" + p.itemId() + "#afspraken")).andReturn();

        assertThat(sections(p.itemId())).contains("Typte de voorzitter net.");
        assertThat(jdbc.sql("""
                select present from verslag_attendance a join verslag v on v.id = a.verslag_id
                where v.agenda_item_id = ? and a.participant_id = ?""").params(p.itemId(), p.parent())
                .query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("select what from verslag_agreement a join verslag v on v.id = a.verslag_id "
                + "where v.agenda_item_id = ?").param(p.itemId()).query(String.class).list())
                .containsExactly("Plek op het VSO regelen");
        assertThat(draftAudit(p.caseId())).endsWith("SUCCESS hoofdformulier", "SUCCESS afspraak toegevoegd");
        // the scenario typed halfway comes back after the redirect
        mvc.perform(get("/verslagen/" + p.itemId()).session(chair).flashAttrs(added.getFlashMap()))
                .andExpect(content().string(containsString("De school zegt nee")))
                .andExpect(content().string(containsString("Typte de voorzitter net.")));
    }

    @Test
    void aRefusedAgreementKeepsTheDraftSavedAndTheAgreementAsTyped() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(post("/verslagen/" + p.itemId() + "/afspraken").session(chair).with(csrf()).param("version", "0")
                        .param("sections[zorg]", "Jeugdhulp aan huis.")
                        .param("what", "Plek op het VSO regelen").param("dueOn", LocalDate.now().plusDays(10).toString())
                        .param("result", "Startdatum bekend"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Een afspraak heeft een eigenaar nodig: kies een deelnemer.")))
                .andExpect(content().string(containsString("Plek op het VSO regelen")))
                .andExpect(content().string(containsString("Jeugdhulp aan huis.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

        assertThat(sections(p.itemId())).contains("Jeugdhulp aan huis.");
        assertThat(draftAudit(p.caseId())).hasSize(2).last().asString().startsWith("DENIED geweigerd: Een afspraak heeft een eigenaar");
    }

    @Test
    void removingAScenarioSavesTheTypedDraftFirst() throws Exception {
        Planned p = fixture.planned();
        MockHttpSession chair = fixture.login("voorzitter-utrecht");
        mvc.perform(post("/verslagen/" + p.itemId() + "/scenarios").session(chair).with(csrf())
                .param("ifThis", "De school zegt nee").param("thenThat", "Opschalen")
                .param("scenarioOwnerId", String.valueOf(p.parent()))).andExpect(status().is3xxRedirection());
        long scenario = jdbc.sql("select s.id from verslag_scenario s join verslag v on v.id = s.verslag_id "
                + "where v.agenda_item_id = ?").param(p.itemId()).query(Long.class).single();

        mvc.perform(post("/verslagen/" + p.itemId() + "/scenarios/" + scenario + "/verwijderen").session(chair).with(csrf())
                        .param("version", String.valueOf(draftVersion(p.itemId()))).param("sections[zorg]", "Nog getypt."))
                .andExpect(status().is3xxRedirection());

        assertThat(sections(p.itemId())).contains("Nog getypt.");
        assertThat(jdbc.sql("select count(*) from verslag_scenario where id = ?").param(scenario).query(Integer.class)
                .single()).isZero();
    }
}
