package nl.doorbraak.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class DossierFlowWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    DossierFixtures f;

    @BeforeEach
    void fixtures() {
        f = new DossierFixtures(mvc, jdbc);
    }

    @Test
    void theInbrengerPreparesTheDossierOfAnAdmittedCaseAndEveryChangeIsAudited() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(get("/casussen/" + id).session(inbrenger))
                .andExpect(content().string(containsString("/casussen/" + id + "/dossier")));
        mvc.perform(get("/casussen/" + id + "/dossier").session(inbrenger)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thuissituatie")))
                .andExpect(content().string(containsString("Dossier opslaan")));

        mvc.perform(f.save(inbrenger, id, 0, "Woont bij oma.", "Rooster aangepast.")).andExpect(status().is3xxRedirection());
        mvc.perform(f.save(f.login("coordinator-utrecht"), id, 1, "Woont bij oma en oom.", "Rooster aangepast."))
                .andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select home_situation || ' v' || version from dossier where case_id = ?").param(id)
                .query(String.class).single()).isEqualTo("Woont bij oma en oom. v2");
        assertThat(f.count("select count(*) from audit_log where action = 'DOSSIER_GEWIJZIGD' and outcome = 'SUCCESS' "
                + "and subject_ref = ?", "casus:" + id)).isEqualTo(2);
        mvc.perform(get("/casussen/" + id + "/dossier").session(inbrenger))
                .andExpect(content().string(containsString("Woont bij oma en oom.")));
    }

    @Test
    void aSaveOnAStaleCopyIsRefusedAndKeepsTheTypedText() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        mvc.perform(f.save(f.login("verwijzer-utrecht"), id, 0, "Eerste versie.", null))
                .andExpect(status().is3xxRedirection());

        mvc.perform(f.save(f.login("coordinator-utrecht"), id, 0, "Mijn getypte tekst.", null))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Iemand anders heeft het dossier opgeslagen")))
                .andExpect(content().string(containsString("Mijn getypte tekst.")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));

        assertThat(jdbc.sql("select home_situation from dossier where case_id = ?").param(id).query(String.class)
                .single()).isEqualTo("Eerste versie.");
    }

    @Test
    void tooLongATextIsShownNextToTheFieldWithEverythingKept() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        mvc.perform(f.save(f.login("verwijzer-utrecht"), id, 0, "x".repeat(4001), "Bewaarde geschiedenis."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze tekst is te lang")))
                .andExpect(content().string(containsString("Bewaarde geschiedenis.")));
        assertThat(f.count("select count(*) from dossier where case_id = ?", id)).isZero();
    }

    @Test
    void versturenIsRefusedWhileTheCaseIsOnNoPlannedAgenda() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "Woont bij vader.", null)).andExpect(status().is3xxRedirection());

        MvcResult result = f.send(inbrenger, id);

        assertThat(result.getFlashMap().get("flashError")).asString().contains("geplande tafel");
        assertThat(f.count("select count(*) from dossier where case_id = ? and sent_at is null", id)).isEqualTo(1);
    }

    @Test
    void versturenIsRefusedWithoutTheLifeDomainAnalysis() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        long meeting = f.planned(id);
        f.addUser(meeting, id, "deelnemer-utrecht");
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "  ", "Alleen geschiedenis.")).andExpect(status().is3xxRedirection());

        MvcResult result = f.send(inbrenger, id);

        assertThat(result.getFlashMap().get("flashError")).asString().contains("analyse");
        assertThat(f.count("select count(*) from dossier_recipient where case_id = ?", id)).isZero();
        mvc.perform(get("/casussen/" + id + "/dossier").session(f.login("deelnemer-utrecht")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aParticipantReadsTheDossierOnlyOnceItIsSent() throws Exception {
        String youth = DossierFixtures.uniqueName();
        long id = f.admitted(youth);
        long meeting = f.planned(id);
        f.addUser(meeting, id, "deelnemer-utrecht");
        f.addParent(meeting, id);
        MockHttpSession participant = f.login("deelnemer-utrecht");
        mvc.perform(get("/casussen/" + id + "/dossier").session(participant)).andExpect(status().isNotFound());
        mvc.perform(get("/casussen/" + id).session(participant)).andExpect(status().isNotFound());
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "Woont bij moeder.", "Time-out geprobeerd.")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/casussen/" + id + "/dossier").session(inbrenger))
                .andExpect(content().string(containsString("Geen account: krijgt het dossier niet via Doorbraak")));

        MvcResult sent = f.send(inbrenger, id);

        assertThat(sent.getFlashMap().get("flashSuccess")).asString().contains("1 deelnemer");
        assertThat(f.count("select count(*) from dossier_recipient where case_id = ? and user_id = ? and sent_by = ?",
                id, f.userId("deelnemer-utrecht"), f.userId("verwijzer-utrecht"))).isEqualTo(1);
        mvc.perform(get("/casussen/" + id + "/dossier").session(participant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Woont bij moeder.")))
                .andExpect(content().string(containsString("U leest dit dossier")))
                .andExpect(content().string(not(containsString("Dossier opslaan"))))
                .andExpect(content().string(not(containsString("/dossier/versturen"))));
        mvc.perform(get("/casussen/" + id).session(participant)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dossier verstuurd naar de deelnemers")));
        assertThat(f.count("select count(*) from audit_log where action = 'DOSSIER_BEKEKEN' and outcome = 'SUCCESS' "
                + "and actor = 'deelnemer-utrecht' and subject_ref = ?", "casus:" + id)).isEqualTo(1);
        assertThat(f.count("select count(*) from case_event where case_id = ? and type = 'DOSSIER_VERSTUURD'", id))
                .isEqualTo(1);
        mvc.perform(f.save(participant, id, 1, "Door deelnemer.", null)).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select home_situation from dossier where case_id = ?").param(id).query(String.class).single())
                .isEqualTo("Woont bij moeder.");
        mvc.perform(get("/planning/vergaderingen/" + meeting).session(f.login("coordinator-utrecht")))
                .andExpect(content().string(containsString("/casussen/" + id + "/dossier")))
                .andExpect(content().string(containsString("Verstuurd op")));
    }

    @Test
    void theMailCarriesOnlyTheLinkAndNoYouthName() throws Exception {
        String youth = DossierFixtures.uniqueName();
        long id = f.admitted(youth);
        long meeting = f.planned(id);
        f.addUser(meeting, id, "deelnemer-utrecht");
        f.addParent(meeting, id);
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "Woont bij moeder.", null)).andExpect(status().is3xxRedirection());

        f.send(inbrenger, id);

        List<String> mails = jdbc.sql("select recipient || '|' || subject || '|' || body from outbox_mail where kind = 'DOSSIER_VERSTUURD' and link_path = ?")
                .param("/casussen/" + id + "/dossier").query(String.class).list();
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0)).startsWith("deelnemer-utrecht@").contains("Dossier voor de tafel staat klaar")
                .contains("/casussen/" + id + "/dossier").doesNotContain(youth).doesNotContain("Woont bij moeder");
    }

    @Test
    void sendingAgainReachesOnlyParticipantsAddedSince() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        long meeting = f.planned(id);
        f.addUser(meeting, id, "deelnemer-utrecht");
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "Woont bij moeder.", null)).andExpect(status().is3xxRedirection());
        f.send(inbrenger, id);
        assertThat(f.send(inbrenger, id).getFlashMap().get("flashError")).asString().contains("heeft het dossier al");

        f.addUser(meeting, id, "coordinator-utrecht");
        f.send(f.login("coordinator-utrecht"), id);

        assertThat(f.count("select count(*) from dossier_recipient where case_id = ?", id)).isEqualTo(2);
        assertThat(f.count("select count(*) from outbox_mail where kind = 'DOSSIER_VERSTUURD' and link_path = ?",
                "/casussen/" + id + "/dossier")).isEqualTo(2);
        assertThat(f.count("select count(*) from case_event where case_id = ? and type = 'DOSSIER_VERSTUURD'", id))
                .isEqualTo(2);
    }

    @Test
    void someoneWhoMayNotSeeTheCaseGetsNotFoundAndTheRefusalIsAudited() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        mvc.perform(get("/casussen/" + id + "/dossier").session(f.login("deelnemer-amsterdam")))
                .andExpect(status().isNotFound());
        mvc.perform(f.save(f.login("coordinator-amsterdam"), id, 0, "Niet van mij.", null))
                .andExpect(status().isNotFound());
        assertThat(f.count("select count(*) from audit_log where action = 'DOSSIER_BEKEKEN' and outcome = 'DENIED' "
                + "and subject_ref = ?", "casus:" + id)).isEqualTo(1);
        // the refused change is one row under the change's own action, not a read
        assertThat(f.count("select count(*) from audit_log where action = 'DOSSIER_GEWIJZIGD' and outcome = 'DENIED' "
                + "and subject_ref = ?", "casus:" + id)).isEqualTo(1);
        assertThat(f.count("select count(*) from dossier where case_id = ?", id)).isZero();
    }

    @Test
    void removingAParticipantEndsTheirAccessToTheCaseAndTheDossier() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        long meeting = f.planned(id);
        f.addUser(meeting, id, "deelnemer-utrecht");
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "Woont bij moeder.", null)).andExpect(status().is3xxRedirection());
        f.send(inbrenger, id);
        MockHttpSession participant = f.login("deelnemer-utrecht");
        mvc.perform(get("/casussen/" + id + "/dossier").session(participant)).andExpect(status().isOk());
        long seat = jdbc.sql("select id from agenda_participant where agenda_item_id = ? and user_id = ?")
                .params(f.itemOf(id), f.userId("deelnemer-utrecht")).query(Long.class).single();
        MockHttpSession coordinator = f.login("coordinator-utrecht");

        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers/" + seat + "/verwijderen")
                        .session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(f.count("select count(*) from agenda_participant where id = ?", seat)).isZero();
        mvc.perform(get("/casussen/" + id + "/dossier").session(participant)).andExpect(status().isNotFound());
        mvc.perform(get("/casussen/" + id).session(participant)).andExpect(status().isNotFound());
        assertThat(f.count("select count(*) from dossier_recipient where case_id = ? and access_ended_at is not null", id))
                .isEqualTo(1);
        assertThat(f.count("select count(*) from audit_log where action = 'DEELNEMER_VERWIJDERD' and subject_ref = ?",
                "casus:" + id)).isEqualTo(1);
        mvc.perform(get("/casussen/" + id + "/dossier").session(inbrenger))
                .andExpect(content().string(containsString("Beëindigd op")));
    }

    @Test
    void someoneStillAtAnotherPlannedMeetingOfTheCaseKeepsAccessWhenRemovedFromOne() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        long meeting = f.planned(id);
        f.addUser(meeting, id, "deelnemer-utrecht");
        long participantId = f.userId("deelnemer-utrecht");
        LocalDate later = LocalDate.now().plusDays(500 + ThreadLocalRandom.current().nextInt(2000));
        long followUp = jdbc.sql("""
                insert into meeting (region_slug, table_code, starts_at, ends_at) values ('utrecht', 'actietafel', ?, ?)
                returning id""").params(later.atTime(9, 0), later.atTime(11, 0)).query(Long.class).single();
        long followUpItem = jdbc.sql("""
                insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                values (?, ?, '09:00', '10:00', ?, now()) returning id""")
                .params(followUp, id, f.userId("coordinator-utrecht")).query(Long.class).single();
        jdbc.sql("insert into agenda_participant (agenda_item_id, user_id, name, role) values (?, ?, 'Deelnemer', 'KERNPARTNER')")
                .params(followUpItem, participantId).update();
        MockHttpSession inbrenger = f.login("verwijzer-utrecht");
        mvc.perform(f.save(inbrenger, id, 0, "Woont bij moeder.", null)).andExpect(status().is3xxRedirection());
        f.send(inbrenger, id);
        long seat = jdbc.sql("select id from agenda_participant where agenda_item_id = ? and user_id = ?")
                .params(f.itemOf(id), participantId).query(Long.class).single();

        mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers/" + seat + "/verwijderen")
                        .session(f.login("coordinator-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection());

        mvc.perform(get("/casussen/" + id + "/dossier").session(f.login("deelnemer-utrecht"))).andExpect(status().isOk());
        assertThat(f.count("select count(*) from dossier_recipient where case_id = ? and access_ended_at is null", id))
                .isEqualTo(1);
    }

    @Test
    void theInbrengerCannotBeTakenOffTheAgenda() throws Exception {
        long id = f.admitted(DossierFixtures.uniqueName());
        long meeting = f.planned(id);
        long seat = jdbc.sql("select id from agenda_participant where agenda_item_id = ? and role = 'INBRENGER'")
                .param(f.itemOf(id)).query(Long.class).single();

        MvcResult result = mvc.perform(post("/planning/vergaderingen/" + meeting + "/deelnemers/" + seat + "/verwijderen")
                        .session(f.login("coordinator-utrecht")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();

        assertThat(result.getFlashMap().get("flashError")).asString().contains("inbrenger");
        assertThat(f.count("select count(*) from agenda_participant where id = ?", seat)).isEqualTo(1);
    }
}
