package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

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

/**
 * Zuidoost Utrecht's doorbraaktafel meets on explicit dates: its coordinators keep them (add, move, cancel, each
 * audited), only they may, the plan form offers them with their time slot and place, and a list that has run out is
 * said on the plan form and signalled on the dashboard instead of refusing every date in silence.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TableDatesWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    TableDateFixtures f;

    @BeforeEach
    void fixtures() {
        f = new TableDateFixtures(mvc, jdbc);
    }

    @Test
    void aCoordinatorAddsMovesAndCancelsATableDateAndEachChangeIsAudited() throws Exception {
        MockHttpSession coordinator = f.login(TableDateFixtures.COORDINATOR);
        LocalDate day = f.freeWeekday();
        mvc.perform(f.addDate(coordinator, day, "10:00", "12:00", "Gemeentehuis Zeist"))
                .andExpect(status().is3xxRedirection());
        long dateId = f.dateOn(day);
        assertThat(f.audited("TAFELDATUM_TOEGEVOEGD", TableDateFixtures.COORDINATOR, dateId)).isEqualTo(1);
        mvc.perform(get("/planning/tafeldata/" + TableDateFixtures.REGION).session(coordinator))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Gemeentehuis Zeist")))
                .andExpect(content().string(containsString("/planning/tafeldatum/" + dateId)));

        LocalDate later = f.freeWeekday();
        mvc.perform(f.moveDate(coordinator, dateId, later, "09:30", "11:30", "Wijkcentrum Zeist"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select day || ' ' || time_from || ' ' || time_until || ' ' || location from table_date where id = ?")
                .param(dateId).query(String.class).single())
                .isEqualTo(later + " 09:30:00 11:30:00 Wijkcentrum Zeist");
        assertThat(f.audited("TAFELDATUM_VERZET", TableDateFixtures.COORDINATOR, dateId)).isEqualTo(1);

        mvc.perform(post("/planning/tafeldatum/" + dateId + "/annuleren").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(f.statusOf(dateId)).isEqualTo("CANCELLED");
        assertThat(f.audited("TAFELDATUM_GEANNULEERD", TableDateFixtures.COORDINATOR, dateId)).isEqualTo(1);
    }

    @Test
    void badInputGetsADutchMessageAndTheFormKeepsWhatWasTyped() throws Exception {
        MockHttpSession coordinator = f.login(TableDateFixtures.COORDINATOR);
        mvc.perform(f.addDate(coordinator, LocalDate.now().minusDays(1), "10:00", "12:00", "Typte plek"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Kies een datum vanaf vandaag.")))
                .andExpect(content().string(containsString("value=\"Typte plek\"")));
        LocalDate day = f.freeWeekday();
        mvc.perform(f.addDate(coordinator, day, "12:00", "10:00", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("De eindtijd moet na de begintijd liggen.")));
        mvc.perform(f.addDate(coordinator, day, "10:00", "12:00", "")).andExpect(status().is3xxRedirection());
        mvc.perform(f.addDate(coordinator, day, "14:00", "15:00", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze tafel heeft op die dag al een datum.")));
        assertThat(jdbc.sql("select count(*) from table_date where day = ?").param(day).query(Integer.class).single())
                .isEqualTo(1);
    }

    @Test
    void aCoordinatorOfAnotherRegionGetsNotFoundWithADeniedAuditRowAndOtherRolesAreRefused() throws Exception {
        MockHttpSession own = f.login(TableDateFixtures.COORDINATOR);
        LocalDate day = f.freeWeekday();
        mvc.perform(f.addDate(own, day, "13:00", "15:00", "")).andExpect(status().is3xxRedirection());
        long dateId = f.dateOn(day);

        MockHttpSession other = f.login("coordinator-utrecht");
        mvc.perform(get("/planning/tafeldata/" + TableDateFixtures.REGION).session(other)).andExpect(status().isNotFound());
        mvc.perform(get("/planning/tafeldatum/" + dateId).session(other)).andExpect(status().isNotFound());
        LocalDate elsewhere = f.freeWeekday();
        mvc.perform(f.addDate(other, elsewhere, "13:00", "15:00", "")).andExpect(status().isNotFound());
        mvc.perform(f.moveDate(other, dateId, elsewhere, "13:00", "15:00", "")).andExpect(status().isNotFound());
        mvc.perform(post("/planning/tafeldatum/" + dateId + "/annuleren").session(other).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/planning/tafeldata/" + TableDateFixtures.REGION).session(f.login("voorzitter-zuidoost-utrecht")))
                .andExpect(status().isForbidden());

        assertThat(f.dateOn(elsewhere)).isNull();
        assertThat(jdbc.sql("select day from table_date where id = ?").param(dateId).query(LocalDate.class).single())
                .isEqualTo(day);
        assertThat(f.statusOf(dateId)).isEqualTo("PLANNED");
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actor = 'coordinator-utrecht' and outcome = 'DENIED'
                and action = 'TAFELDATA_WIJZIGEN' and object_id in (?, ?)""")
                .params(String.valueOf(dateId), TableDateFixtures.REGION).query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void whenTheListHasRunOutThePlanFormSaysSoAndTheDashboardSignalsItUntilADateIsAdded() throws Exception {
        f.runOut();
        long id = f.admitted(TableDateFixtures.uniqueName());
        MockHttpSession coordinator = f.login(TableDateFixtures.COORDINATOR);
        mvc.perform(get("/planning/casussen/" + id).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn geen tafeldata meer; voeg data toe")))
                .andExpect(content().string(containsString("href=\"/planning/tafeldata/zuidoost-utrecht\"")));
        LocalDate day = f.freeWeekday();
        mvc.perform(f.plan(coordinator, id, day, "13:00", "14:00")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Er zijn geen tafeldata meer; voeg data toe.")));
        mvc.perform(get("/overzicht").param("regio", TableDateFixtures.REGION).session(coordinator))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Geen tafeldata meer: Doorbraaktafel passend onderwijs")));

        mvc.perform(f.addDate(coordinator, day, "13:00", "15:00", "Het Kompas, Zeist"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/overzicht").param("regio", TableDateFixtures.REGION).session(coordinator))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Geen tafeldata meer"))));
        mvc.perform(get("/planning/casussen/" + id).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Er zijn geen tafeldata meer"))))
                .andExpect(content().string(containsString("13:00 tot 15:00</span><span> (Het Kompas, Zeist)")));
        MvcResult planned = mvc.perform(f.plan(coordinator, id, day, "13:00", "14:00"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(planned.getResponse().getRedirectedUrl()).startsWith("/planning/vergaderingen/");
        assertThat(jdbc.sql("""
                select m.starts_at::time || '-' || m.ends_at::time || ' ' || m.location from meeting m
                join agenda_item i on i.meeting_id = m.id where i.case_id = ?""").param(id).query(String.class).single())
                .isEqualTo("13:00:00-15:00:00 Het Kompas, Zeist");
    }

    @Test
    void thePlanFormStartsInTheTimeSlotOfTheTablesNextDate() throws Exception {
        f.runOut();
        long id = f.admitted(TableDateFixtures.uniqueName());
        MockHttpSession coordinator = f.login(TableDateFixtures.COORDINATOR);
        assertThat(planForm(coordinator, id)).contains("name=\"slotStart\" value=\"13:00\"")
                .contains("name=\"slotEnd\" value=\"14:30\"");
        mvc.perform(f.addDate(coordinator, f.freeWeekday(), "14:00", "16:00", "")).andExpect(status().is3xxRedirection());
        assertThat(planForm(coordinator, id)).contains("name=\"slotStart\" value=\"14:00\"")
                .contains("name=\"slotEnd\" value=\"15:30\"");
    }

    private String planForm(MockHttpSession coordinator, long id) throws Exception {
        return mvc.perform(get("/planning/casussen/" + id).session(coordinator)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void aDateWithCasesOnItsMeetingCannotBeCancelled() throws Exception {
        MockHttpSession coordinator = f.login(TableDateFixtures.COORDINATOR);
        LocalDate day = f.freeWeekday();
        mvc.perform(f.addDate(coordinator, day, "13:00", "15:00", "")).andExpect(status().is3xxRedirection());
        long dateId = f.dateOn(day);
        long id = f.admitted(TableDateFixtures.uniqueName());
        mvc.perform(f.plan(coordinator, id, day, "13:00", "14:00")).andExpect(status().is3xxRedirection());

        MvcResult refused = mvc.perform(post("/planning/tafeldatum/" + dateId + "/annuleren").session(coordinator)
                .with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(refused.getFlashMap().get("flashError")).asString().contains("casussen op de agenda");
        assertThat(f.statusOf(dateId)).isEqualTo("PLANNED");
        assertThat(jdbc.sql("select m.status from meeting m join agenda_item i on i.meeting_id = m.id where i.case_id = ?")
                .param(id).query(String.class).single()).isEqualTo("PLANNED");
        assertThat(f.audited("TAFELDATUM_GEANNULEERD", TableDateFixtures.COORDINATOR, dateId)).isZero();
        mvc.perform(get("/planning/tafeldatum/" + dateId).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("vergadering met 1 casus")));
    }
}
