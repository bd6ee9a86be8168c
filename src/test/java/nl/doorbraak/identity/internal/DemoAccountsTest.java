package nl.doorbraak.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class DemoAccountsTest {

    private static final List<String> REGIONS = List.of("zuidoost-utrecht", "amstelland-meerlanden", "amsterdam",
            "tilburg", "utrecht");

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder encoder;
    @Autowired DemoAccounts demoAccounts;

    @Test
    void createsAnAccountPerRoleAndRegionAtStartAndNoneTwice() {
        assertThat(demoAccounts.createMissing()).isZero();
        for (String region : REGIONS) {
            for (String role : List.of("verwijzer", "coordinator", "voorzitter", "deelnemer", "leertafel", "beleid", "privacy")) {
                String username = role + "-" + region;
                assertThat(jdbc.sql("select count(*) from app_user u join user_region r on r.user_id = u.id "
                        + "where u.username = ? and r.region_slug = ?").params(username, region)
                        .query(Integer.class).single()).as(username).isEqualTo(1);
                assertThat(jdbc.sql("select role from user_role r join app_user u on u.id = r.user_id where u.username = ?")
                        .param(username).query(String.class).single()).isEqualTo(role.toUpperCase());
            }
        }
    }

    @Test
    void givesEachDemoAccountAFittingOrganisationAndTheDemoPassword() {
        assertThat(organisationTypeOf("verwijzer-amsterdam")).isEqualTo("SCHOOL");
        assertThat(organisationTypeOf("coordinator-amsterdam")).isIn("SWV_VO", "SWV_PO", "LEERPLICHT");
        String hash = jdbc.sql("select password_hash from app_user where username = 'leertafel-tilburg'")
                .query(String.class).single();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(jdbc.sql("select email from app_user where username = 'beheerder'").query(String.class).single())
                .endsWith("@demo.doorbraak.example");
    }

    @Test
    void theDemoAdministratorHasNoOtherRoleAndNoDemoAccountCombinesBeheerderWithOne() {
        assertThat(jdbc.sql("select r.role from user_role r join app_user u on u.id = r.user_id where u.username = 'beheerder'")
                .query(String.class).list()).containsExactly("BEHEERDER");
        assertThat(jdbc.sql("""
                select count(*) from app_user u where u.email like '%@demo.doorbraak.example'
                and exists (select 1 from user_role r where r.user_id = u.id and r.role = 'BEHEERDER')
                and exists (select 1 from user_role r where r.user_id = u.id and r.role <> 'BEHEERDER')""")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theRegionsCoordinatorSeesTheWholeRegionAndEachIntakePointOfZuidoostUtrechtHasItsOwnCoordinator() {
        assertThat(organisationCodeOf("coordinator-zuidoost-utrecht")).as("no intake point's organisation").isEmpty();
        assertThat(organisationCodeOf("coordinator-po-zuidoost-utrecht")).contains("swv-po-zout");
        assertThat(organisationCodeOf("coordinator-vo-zuidoost-utrecht")).contains("swv-vo-zou");
        assertThat(organisationCodeOf("coordinator-lokaal-zuidoost-utrecht")).contains("gemeenten-zou");
        assertThat(jdbc.sql("select count(*) from app_user where username like 'coordinator-%-amsterdam'")
                .query(Integer.class).single()).as("Amsterdam's deciders decide on every case").isZero();
    }

    private java.util.Optional<String> organisationCodeOf(String username) {
        return jdbc.sql("select o.code from app_user u left join organisation o on o.id = u.organisation_id where u.username = ?")
                .param(username).query(String.class).optional();
    }

    private String organisationTypeOf(String username) {
        return jdbc.sql("select o.type from app_user u join organisation o on o.id = u.organisation_id where u.username = ?")
                .param(username).query(String.class).single();
    }
}
