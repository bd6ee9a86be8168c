package nl.doorbraak.leertafel;

import static nl.doorbraak.leertafel.LeertafelCaseFixtures.completeCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A coordinator offers a closed Tilburg case to the leertafel: the bands come from the case, the free text is checked
 * against the case's own names, and afterwards nothing joins the leertafelcasus to its source.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class LeertafelCaseOfferWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    LeertafelCaseFixtures fx;
    MockHttpSession coordinator;
    String surname;
    long caseId;

    @BeforeEach
    void aClosedCase() throws Exception {
        fx = new LeertafelCaseFixtures(mvc, jdbc);
        coordinator = fx.login("coordinator-tilburg");
        surname = "Quaadvliet" + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9]", "x");
        caseId = fx.closedTilburgCase("Fenna " + surname);
    }

    @Test
    void fillsTheBandsAndKnelpuntenFromTheClosedCase() throws Exception {
        long theme = jdbc.sql("select id from theme where region_slug = 'tilburg' and code = 'leerlingenvervoer'")
                .query(Long.class).single();
        jdbc.sql("""
                insert into theme_tag (theme_id, case_id, occurred_on, tagged_by, tagged_at)
                values (?, ?, current_date, ?, now())""").params(theme, caseId, fx.userId("coordinator-tilburg")).update();
        assertThat(page("/casussen/" + caseId)).contains("/casussen/" + caseId + "/leertafel");
        String offer = page("/casussen/" + caseId + "/leertafel");
        assertThat(offer).containsPattern("id=\"theme-" + theme + "\"[^>]*checked");
        assertThat(offer).contains("12-15 jaar", "Voortgezet onderwijs (vo)", "3 tot 6 maanden", "Korter dan 4 weken",
                "Afgesloten zonder passend aanbod", "Schrijf het patroon, niet de persoon").doesNotContain(surname);
    }

    @Test
    void refusesTheCasesOwnNamesThenOffersItWithoutAnyLinkBack() throws Exception {
        String title = "Aangeboden " + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> named = offerFields(title, "Het meisje, " + surname + ", kwam na een half jaar terug op school.");
        String refused = mvc.perform(fx.post("/casussen/" + caseId + "/leertafel", coordinator, named, "indienen"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("<mark", "Er is niets opgeslagen");
        assertThat(jdbc.sql("select count(*) from leertafel_case where title = ?").param(title).query(Integer.class)
                .single()).isZero();

        Map<String, String> rewritten = offerFields(title, "Een meisje kwam na een half jaar thuis terug in het so.");
        String location = mvc.perform(fx.post("/casussen/" + caseId + "/leertafel", coordinator, rewritten, "indienen"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).matches("/leertafels/tilburg/leertafel/casussen/\\d+");
        long id = LeertafelCaseFixtures.idIn(location);

        Map<String, Object> row = jdbc.sql("select * from leertafel_case where id = ?").param(id).query().singleRow();
        assertThat(row).containsEntry("origin", "AFGESLOTEN_CASUS").containsEntry("status", "INGEDIEND")
                .containsEntry("age_band", "12-15").containsEntry("out_of_school_band", "3_6_MAANDEN")
                .containsEntry("process_band", "KORTER_DAN_4_WEKEN").containsEntry("outcome_type", "ANDERE_REDEN")
                .containsEntry("author_user_id", fx.userId("coordinator-tilburg"));
        assertThat(jdbc.sql("""
                select count(*) from information_schema.columns
                where table_name like 'leertafel%' and (column_name like '%case_file%' or column_name = 'case_id')""")
                .query(Integer.class).single()).as("no leertafel column names a case").isZero();
        assertThat(jdbc.sql("""
                select count(*) from pg_constraint c join pg_class t on t.oid = c.conrelid
                join pg_class r on r.oid = c.confrelid
                where c.contype = 'f' and t.relname like 'leertafel%' and r.relname = 'case_file'""")
                .query(Integer.class).single()).as("no leertafel table refers to case_file").isZero();

        assertThat(jdbc.sql("select reason from case_event where case_id = ? and type = 'AANGEBODEN_AAN_LEERTAFEL'")
                .param(caseId).query(String.class).list()).containsExactly((String) null);
        assertThat(jdbc.sql("""
                select coalesce(details, '') || '|' || subject_ref || '|' || object_id from audit_log
                where action = 'CASUS_AANGEBODEN_AAN_LEERTAFEL' and object_id = ?""").param(String.valueOf(caseId))
                .query(String.class).list()).containsExactly("|casus:" + caseId + "|" + caseId);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where object_type = 'LEERTAFELCASUS' and object_id = ?
                  and (subject_ref is not null or details like ?)""").params(String.valueOf(id), "%" + caseId + "%")
                .query(Integer.class).single()).as("the leertafelcasus's audit names no case").isZero();
        assertThat(page(location)).contains(title, "Uit een afgesloten casus").doesNotContain(surname);
    }

    @Test
    void hidesTheOfferFromEveryoneButTheCasesCoordinators() throws Exception {
        for (String outsider : new String[] {"verwijzer-tilburg", "leertafel-tilburg", "coordinator-utrecht",
            "voorzitter-tilburg", "beleid-tilburg"}) {
            mvc.perform(get("/casussen/" + caseId + "/leertafel").session(fx.login(outsider)))
                    .andExpect(status().isNotFound());
            mvc.perform(fx.post("/casussen/" + caseId + "/leertafel", fx.login(outsider),
                    offerFields("Overgenomen", "Een situatie."), "indienen")).andExpect(status().isNotFound());
        }
        assertThat(jdbc.sql("""
                select count(*) from audit_log where actor = 'leertafel-tilburg' and outcome = 'DENIED'
                  and object_type = 'CASUS' and object_id = ?""").param(String.valueOf(caseId)).query(Integer.class)
                .single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from case_event where case_id = ? and type = 'AANGEBODEN_AAN_LEERTAFEL'")
                .param(caseId).query(Integer.class).single()).isZero();
    }

    @Test
    void offersOnlyAClosedCase() throws Exception {
        long open = jdbc.sql("""
                select id from case_file where region_slug = 'tilburg' and status = 'AANGEMELD' order by id limit 1""")
                .query(Long.class).single();
        mvc.perform(get("/casussen/" + open + "/leertafel").session(coordinator)).andExpect(status().isNotFound());
        assertThat(page("/casussen/" + open)).doesNotContain("/casussen/" + open + "/leertafel");
    }

    Map<String, String> offerFields(String title, String situation) {
        Map<String, String> f = completeCase(title, "situation", situation);
        // the bands come from the case: a form that sends others changes nothing
        f.put("ageBand", "18+");
        f.put("outOfSchoolBand", "NIET");
        return f;
    }

    String page(String path) throws Exception {
        return mvc.perform(get(path).session(coordinator)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
