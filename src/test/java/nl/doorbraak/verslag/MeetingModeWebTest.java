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
import java.util.Optional;

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
}
