package nl.doorbraak.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

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
 * Issue 10: a meeting's participants are picked from the region's registry first (its organisations, grouped as the
 * werkwijze names them, and its users by name), someone from outside only under "Niet in de lijst?"; another
 * region's organisation or user is refused, as an attacker would post it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RegistryParticipantsWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    record Seat(long meetingId, long itemId, long caseId) {
        String page() {
            return "/planning/vergaderingen/" + meetingId + "/agendapunten/" + itemId + "/deelnemers";
        }
    }

    @Test
    void amsterdamOffersItsTwelveStructuralPartnersAndAddsThemAllInOneGoSkippingThoseOnTheList() throws Exception {
        Seat seat = meetingOf("amsterdam", "actietafel-thuiszitters");
        MockHttpSession coordinator = login("coordinator-amsterdam");
        String page = mvc.perform(get(seat.page()).session(coordinator)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Structurele partners")))
                .andExpect(content().string(containsString("Alle structurele partners toevoegen")))
                .andExpect(content().string(containsString("Jeugdbescherming Regio Amsterdam (JBRA)")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Organisaties uit de regio")).isLessThan(page.indexOf("Mensen uit de regio"));
        assertThat(page.indexOf("Mensen uit de regio")).isLessThan(page.indexOf("Niet in de lijst?"));
        long leerplicht = organisation("amsterdam", "leerplicht-amsterdam");
        mvc.perform(post(seat.page() + "/organisatie").session(coordinator).with(csrf())
                .param("organisationId", String.valueOf(leerplicht))).andExpect(status().is3xxRedirection());

        mvc.perform(post(seat.page() + "/structurele-partners").session(coordinator).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flashSuccess",
                        "11 structurele partners toegevoegd; 1 stond al op de lijst."));

        assertThat(jdbc.sql("""
                select count(*) from agenda_participant where agenda_item_id = ?
                and organisation_id is not null and role = 'STRUCTURELE_PARTNER'""").param(seat.itemId())
                .query(Integer.class).single()).isEqualTo(12);
        // the demo makes deelnemer-amsterdam the contact of ROC van Amsterdam for the tables: it takes that seat
        assertThat(jdbc.sql("""
                select u.username from agenda_participant p join app_user u on u.id = p.user_id
                where p.agenda_item_id = ? and p.organisation_id = ?""")
                .params(seat.itemId(), organisation("amsterdam", "roc-van-amsterdam")).query(String.class).list())
                .containsExactly("deelnemer-amsterdam");
        assertThat(audited("DEELNEMER_TOEGEVOEGD", "SUCCESS", seat.meetingId())).isEqualTo(12);
        mvc.perform(post(seat.page() + "/structurele-partners").session(coordinator).with(csrf()))
                .andExpect(flash().attribute("flashSuccess", "Geen structurele partners toegevoegd; 12 stonden al op de lijst."));
        mvc.perform(get("/planning/vergaderingen/" + seat.meetingId()).session(coordinator))
                .andExpect(content().string(containsString("Samen DOEN")))
                .andExpect(content().string(containsString("(nog geen persoon)")));
    }

    @Test
    void addingTheSameOrganisationTwiceSaysItIsThereAlready() throws Exception {
        Seat seat = meetingOf("amsterdam", "actietafel-thuiszitters");
        MockHttpSession coordinator = login("coordinator-amsterdam");
        String spirit = String.valueOf(organisation("amsterdam", "spirit"));
        mvc.perform(post(seat.page() + "/organisatie").session(coordinator).with(csrf()).param("organisationId", spirit))
                .andExpect(flash().attribute("flashSuccess", "De organisatie is toegevoegd aan de deelnemers."));
        mvc.perform(post(seat.page() + "/organisatie").session(coordinator).with(csrf()).param("organisationId", spirit))
                .andExpect(flash().attribute("flashError", containsString("staat al bij de deelnemers")));
        mvc.perform(post(seat.page() + "/organisatie").session(coordinator).with(csrf()))
                .andExpect(flash().attribute("flashError", "Kies een organisatie."));
        assertThat(seats(seat)).isEqualTo(1);
    }

    @Test
    void anOrganisationWithAContactForTheTablesIsAddedAsThatPerson() throws Exception {
        Seat seat = meetingOf("utrecht", "actietafel");
        long school = jdbc.sql("select organisation_id from app_user where username = 'deelnemer-utrecht'")
                .query(Long.class).single();
        jdbc.sql("""
                insert into organisation_table_contact (organisation_id, user_id) values (?, ?)
                on conflict (organisation_id) do update set user_id = excluded.user_id""")
                .params(school, userId("deelnemer-utrecht")).update();

        mvc.perform(post(seat.page() + "/organisatie").session(login("coordinator-utrecht")).with(csrf())
                .param("organisationId", String.valueOf(school))).andExpect(status().is3xxRedirection());

        assertThat(jdbc.sql("select user_id from agenda_participant where agenda_item_id = ? and organisation_id = ?")
                .params(seat.itemId(), school).query(Long.class).list()).containsExactly(userId("deelnemer-utrecht"));
    }

    @Test
    void utrechtGroupsItsKernpartnersAndZuidoostUtrechtItsLocalTeams() throws Exception {
        Seat utrecht = meetingOf("utrecht", "actietafel");
        mvc.perform(get(utrecht.page()).session(login("coordinator-utrecht"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("label=\"Kernpartners\"")))
                .andExpect(content().string(containsString("Buurtteams")))
                .andExpect(content().string(not(containsString("Alle structurele partners toevoegen"))));
        Seat zuidoost = meetingOf("zuidoost-utrecht", "doorbraaktafel");
        mvc.perform(get(zuidoost.page()).session(login("coordinator-zuidoost-utrecht"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("label=\"Lokale teams\"")))
                .andExpect(content().string(containsString("CJG Zeist")))
                .andExpect(content().string(containsString("Stichting Binding Wijk bij Duurstede")));
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'CASUS_BEKEKEN' and outcome = 'SUCCESS'
                and subject_ref = ? and actor = 'coordinator-zuidoost-utrecht' and details like 'deelnemers kiezen%'""")
                .param("casus:" + zuidoost.caseId()).query(Integer.class).single()).isPositive();
    }

    @Test
    void aUserOfTheRegionIsFoundByNameWithAndWithoutScriptAndAddedWithAccountAndOrganisation() throws Exception {
        Seat seat = meetingOf("utrecht", "actietafel");
        MockHttpSession coordinator = login("coordinator-utrecht");
        String name = jdbc.sql("select display_name from app_user where username = 'deelnemer-utrecht'")
                .query(String.class).single();
        mvc.perform(post(seat.page() + "/zoeken").session(coordinator).with(csrf()).param("zoekterm", "deelnemer"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(post(seat.page() + "/zoeken").session(coordinator).with(csrf()).header("HX-Request", "true")
                        .param("zoekterm", "geen-zo-iemand-xyz"))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("Niemand van de regio gevonden")));
        long user = userId("deelnemer-utrecht");

        mvc.perform(post(seat.page() + "/persoon").session(coordinator).with(csrf()).param("userId", String.valueOf(user)))
                .andExpect(flash().attribute("flashSuccess", "De deelnemer is toegevoegd."));

        assertThat(jdbc.sql("""
                select count(*) from agenda_participant p join app_user u on u.id = p.user_id
                where p.agenda_item_id = ? and p.user_id = ? and p.organisation_id = u.organisation_id""")
                .params(seat.itemId(), user).query(Integer.class).single()).isEqualTo(1);
        mvc.perform(post(seat.page() + "/persoon").session(coordinator).with(csrf()).param("userId", String.valueOf(user))
                        .param("role", "KERNPARTNER"))
                .andExpect(flash().attribute("flashError", containsString("staat al bij de deelnemers")));
    }

    @Test
    void anotherRegionsOrganisationOrUserIsRefusedAndAuditedAsDenied() throws Exception {
        Seat seat = meetingOf("utrecht", "actietafel");
        MockHttpSession coordinator = login("coordinator-utrecht");
        long deniedBefore = audited("VERGADERING_WIJZIGEN", "DENIED", seat.meetingId());

        mvc.perform(post(seat.page() + "/organisatie").session(coordinator).with(csrf())
                        .param("organisationId", String.valueOf(organisation("amsterdam", "jbra"))))
                .andExpect(flash().attribute("flashError", containsString("hoort niet bij deze regio")));
        mvc.perform(post(seat.page() + "/persoon").session(coordinator).with(csrf())
                        .param("userId", String.valueOf(userId("deelnemer-amsterdam"))))
                .andExpect(flash().attribute("flashError", containsString("werkt niet in deze regio")));

        assertThat(seats(seat)).isZero();
        assertThat(audited("VERGADERING_WIJZIGEN", "DENIED", seat.meetingId()) - deniedBefore).isEqualTo(2);
        mvc.perform(get(seat.page()).session(login("coordinator-amsterdam"))).andExpect(status().isNotFound());
        mvc.perform(post(seat.page() + "/structurele-partners").session(login("coordinator-amsterdam")).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get(seat.page()).session(login("deelnemer-utrecht"))).andExpect(status().isForbidden());
    }

    @Test
    void anExternalPersonWithProblemsKeepsWhatWasTypedAndIsAddedOnceWhenRight() throws Exception {
        Seat seat = meetingOf("utrecht", "actietafel");
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post(seat.page() + "/extern").session(coordinator).with(csrf()).param("name", " ")
                        .param("organisation", "Huisartsenpraktijk Oost").param("email", "geen-adres").param("role", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vul de naam van de deelnemer in.")))
                .andExpect(content().string(containsString("Vul een geldig e-mailadres in.")))
                .andExpect(content().string(containsString("Kies een rol.")))
                .andExpect(content().string(containsString("value=\"Huisartsenpraktijk Oost\"")));
        assertThat(seats(seat)).isZero();

        for (int attempt = 0; attempt < 2; attempt++) {
            MvcResult result = mvc.perform(post(seat.page() + "/extern").session(coordinator).with(csrf())
                    .param("name", "Dr. Oost").param("organisation", "Huisartsenpraktijk Oost")
                    .param("email", "oost@huisarts.example").param("role", "SPECIALIST")).andReturn();
            if (attempt == 1) {
                assertThat(result.getResponse().getContentAsString()).contains("staat al bij de deelnemers");
            }
        }
        assertThat(seats(seat)).isEqualTo(1);
    }

    @Test
    void nobodyIsAddedAsASecondInbrenger() throws Exception {
        Seat seat = meetingOf("utrecht", "actietafel");
        MockHttpSession coordinator = login("coordinator-utrecht");
        mvc.perform(post(seat.page() + "/persoon").session(coordinator).with(csrf())
                        .param("userId", String.valueOf(userId("deelnemer-utrecht"))).param("role", "INBRENGER"))
                .andExpect(flash().attribute("flashError", containsString("Kies een andere rol")));
        mvc.perform(post(seat.page() + "/extern").session(coordinator).with(csrf()).param("name", "Iemand")
                .param("role", "INBRENGER")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies een andere rol")));
        assertThat(seats(seat)).isZero();
    }

    /** A planned meeting of the region far ahead with one submitted case of the region on it, nobody seated yet. */
    private Seat meetingOf(String region, String table) {
        LocalDate day = LocalDate.now().plusDays(500 + ThreadLocalRandom.current().nextInt(3000));
        long meeting = jdbc.sql("""
                insert into meeting (region_slug, table_code, starts_at, ends_at, location)
                values (?, ?, ?, ?, 'Wijkcentrum') returning id""")
                .params(region, table, day.atTime(9, 0), day.atTime(11, 0)).query(Long.class).single();
        long caseId = jdbc.sql("select id from case_file where region_slug = ? and status <> 'CONCEPT' order by id desc limit 1")
                .param(region).query(Long.class).single();
        long creator = userId("coordinator-" + region);
        long item = jdbc.sql("""
                insert into agenda_item (meeting_id, case_id, slot_start, slot_end, created_by, created_at)
                values (?, ?, '09:00', '10:00', ?, now()) returning id""").params(meeting, caseId, creator)
                .query(Long.class).single();
        return new Seat(meeting, item, caseId);
    }

    private int seats(Seat seat) {
        return jdbc.sql("select count(*) from agenda_participant where agenda_item_id = ?").param(seat.itemId())
                .query(Integer.class).single();
    }

    private long audited(String action, String outcome, long meetingId) {
        return jdbc.sql("select count(*) from audit_log where action = ? and outcome = ? and object_id = ?")
                .params(action, outcome, String.valueOf(meetingId)).query(Long.class).single();
    }

    private long organisation(String region, String code) {
        return jdbc.sql("select id from organisation where region_slug = ? and code = ?").params(region, code)
                .query(Long.class).single();
    }

    private long userId(String username) {
        return jdbc.sql("select id from app_user where username = ?").param(username).query(Long.class).single();
    }

    private MockHttpSession login(String username) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password("demo")).andReturn()
                .getRequest().getSession(false);
    }
}
