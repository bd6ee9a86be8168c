package nl.doorbraak.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class OrganisationAdministrationWebTest {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationDirectory directory;
    String region;
    String admin;

    @BeforeEach
    void setUp() {
        region = "testregio-" + UUID.randomUUID().toString().substring(0, 8);
        admin = "beheer-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("insert into region (slug, name, config_hash) values (?, ?, 'test')").params(region, "Regio " + region).update();
    }

    private MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(user(admin).roles("BEHEERDER")).with(csrf());
    }

    private long idOf(String name) {
        return jdbc.sql("select id from organisation where name = ?").param(name).query(Long.class).single();
    }

    @Test
    void createsAnOrganisationAndAuditsIt() throws Exception {
        String name = "Het Nieuwe College " + region;
        mvc.perform(asAdmin(post("/beheer/organisaties")).param("name", name).param("type", "SCHOOL")
                        .param("schoolType", "VO").param("sector", "VO").param("regionSlug", region).param("municipality", "Zeist"))
                .andExpect(status().is3xxRedirection());
        long id = idOf(name);
        assertThat(directory.find(id)).hasValueSatisfying(o -> {
            assertThat(o.schoolType()).isEqualTo(SchoolType.VO);
            assertThat(o.fromWerkwijze()).isFalse();
        });
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'ORGANISATIE_AANGEMAAKT' and object_id = ? and actor = ?")
                .params(String.valueOf(id), admin).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void requiresASchoolTypeForASchoolAndKeepsTheInput() throws Exception {
        mvc.perform(asAdmin(post("/beheer/organisaties")).param("name", "School zonder type").param("type", "SCHOOL")
                        .param("regionSlug", region))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies het schooltype")))
                .andExpect(content().string(containsString("href=\"#schoolType\"")))
                .andExpect(content().string(containsString("value=\"School zonder type\"")));
    }

    @Test
    void editsDeactivatesAndReactivatesAnOrganisation() throws Exception {
        String name = "Buurtteam " + region;
        mvc.perform(asAdmin(post("/beheer/organisaties")).param("name", name).param("type", "LOKAAL_TEAM").param("regionSlug", region));
        long id = idOf(name);
        mvc.perform(asAdmin(post("/beheer/organisaties/" + id)).param("name", name + " Oost").param("type", "LOKAAL_TEAM")
                        .param("regionSlug", region).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(asAdmin(post("/beheer/organisaties/" + id + "/actief")).param("actief", "false").param("version", "1"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.find(id)).hasValueSatisfying(o -> {
            assertThat(o.name()).isEqualTo(name + " Oost");
            assertThat(o.active()).isFalse();
        });
        // A second edit with the old version is refused.
        mvc.perform(asAdmin(post("/beheer/organisaties/" + id)).param("name", "Verouderd").param("type", "LOKAAL_TEAM")
                        .param("version", "0"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Iemand anders")));
        assertThat(jdbc.sql("select count(*) from audit_log where action in ('ORGANISATIE_GEWIJZIGD', 'ORGANISATIE_GEDEACTIVEERD') and object_id = ?")
                .param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void werkwijzeOrganisationsAreReadOnlyButCanBeDeactivatedAndStaySo() throws Exception {
        directory.synchroniseFromWerkwijze(region, List.of(new OrganisationSeed("swv", "SWV " + region, OrganisationType.SWV_VO,
                null, Sector.VO, null)));
        long id = idOf("SWV " + region);
        mvc.perform(asAdmin(get("/beheer/organisaties/" + id))).andExpect(status().isOk())
                .andExpect(content().string(containsString("komt uit de werkwijze")));
        mvc.perform(asAdmin(post("/beheer/organisaties/" + id)).param("name", "Andere naam").param("type", "SWV_VO").param("version", "0"))
                .andExpect(content().string(containsString("niet wijzigen")));
        mvc.perform(asAdmin(post("/beheer/organisaties/" + id + "/actief")).param("actief", "false").param("version", "0"));

        directory.synchroniseFromWerkwijze(region, List.of(new OrganisationSeed("swv", "SWV " + region, OrganisationType.SWV_VO,
                null, Sector.VO, null)));
        assertThat(directory.find(id)).hasValueSatisfying(o -> assertThat(o.active()).isFalse());
    }

    @Test
    void searchesByNameRegionAndTypeWithABadgeForWerkwijzeOrganisations() throws Exception {
        directory.synchroniseFromWerkwijze(region, List.of(
                new OrganisationSeed("a", "Leerplicht " + region, OrganisationType.LEERPLICHT, null, Sector.LEERPLICHT, "Bunnik"),
                new OrganisationSeed("b", "Basisschool " + region, OrganisationType.SCHOOL, SchoolType.PO, Sector.PO, "Bunnik")));
        mvc.perform(asAdmin(get("/beheer/organisaties")).param("regio", region).param("type", "SCHOOL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Aantal gevonden organisaties: 1")))
                .andExpect(content().string(containsString("Basisschool " + region)))
                .andExpect(content().string(containsString("uit werkwijze")));
        assertThat(directory.search(new OrganisationSearch("leerplicht " + region, region, null),
                org.springframework.data.domain.PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
    }
}
